package id.jaring.synth;

import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import id.jaring.synth.internal.FamilyIterator;

/**
 * The synthetic Banten population, in memory, one family at a time.
 *
 * <p>Contract: {@link #families(GeneratorSettings)} returns a sequential, ordered, lazy stream of
 * exactly the families the {@code generate} command writes to {@code households.csv} and
 * {@code persons.csv} for the same settings (the number of sources and the error scale do not
 * change the families). The members of all families add up to exactly
 * {@link GeneratorSettings#persons()}. The same settings always give the same families. NIKs
 * and No. KKs are unique over the whole stream. Families are built as they are consumed and not
 * kept, so a stream of 12.9 million people needs only a few tens of megabytes; consume it once,
 * in order (do not parallelise it). Calling this method again starts an independent stream.
 */
public final class SyntheticPopulation {

    private SyntheticPopulation() {
    }

    public static Stream<SyntheticFamily> families(GeneratorSettings settings) {
        FamilyIterator iterator = new FamilyIterator(settings);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
    }
}
