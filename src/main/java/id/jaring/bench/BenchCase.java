package id.jaring.bench;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One thing to measure: warm-up calls, then measured calls, each with its own input. A call
 * may carry an expectation (say, "the misspelt person is among the hits") whose success rate the
 * report shows next to the timings.
 *
 * @param targetMillis the goal the median must stay under, or null for "no target, for information"
 * @param targetAtDatabase the target is meant at the database (compare the server-side median)
 */
record BenchCase(String name, Double targetMillis, boolean targetAtDatabase, List<Call> warmUp, List<Call> measured) {

    /** A call returning the rows it found; {@code expected} is null when there is nothing to check. */
    record Call(Supplier<? extends Collection<?>> run, Predicate<Collection<?>> expected) {

        static Call of(Supplier<? extends Collection<?>> run) {
            return new Call(run, null);
        }
    }
}
