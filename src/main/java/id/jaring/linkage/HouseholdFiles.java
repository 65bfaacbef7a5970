package id.jaring.linkage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import id.jaring.linkage.engine.CsvStream;
import id.jaring.linkage.engine.Evaluation;
import id.jaring.linkage.engine.Households;
import id.jaring.linkage.engine.LongIntMap;
import id.jaring.linkage.engine.RecordSet;

/**
 * Household linkage around the engine: runs {@link Households} with the model's household fields
 * (those of its HOUSEHOLD comparison, and the relationship field of its {@code households} section), writes {@code source,no_kk,household_cluster_id}, and
 * evaluates against the generator's persons.csv (person_id -> household_id).
 */
public final class HouseholdFiles {

    private HouseholdFiles() {
    }

    /** The households of a linkage run; null when the model has no HOUSEHOLD comparison. */
    public static Households.Result link(LinkResult result) {
        LinkageModel model = result.records().model();
        LinkageModel.Comparison household = model.comparisons().stream()
                .filter(c -> c.kind() == LinkageModel.ComparisonKind.HOUSEHOLD).findFirst().orElse(null);
        if (household == null) {
            return null;
        }
        return Households.link(result.records(), result.cluster(), model.fieldIndex(household.field()),
                model.fieldIndex(household.otherFields().get(0)), model.fieldIndex(household.otherFields().get(1)),
                model.households().relationField() == null ? -1 : model.fieldIndex(model.households().relationField()));
    }

    /** OUT.csv -> OUT.households.csv */
    static Path path(Path output) {
        String name = output.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return output.resolveSibling(base + ".households.csv");
    }

    /** One row per source family: source,no_kk,household_cluster_id (H1, H2, ...). */
    static void write(RecordSet records, Households.Result households, int kkField, Path file) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("source,no_kk,household_cluster_id\n");
            StringBuilder line = new StringBuilder(64);
            for (int v = 0; v < households.nodes(); v++) {
                int r = households.nodeRecord()[v];
                line.setLength(0);
                line.append(LinkCommand.csvField(records.sourceName(r))).append(',')
                        .append(records.value(kkField, r)).append(",H").append(households.household()[v] + 1).append('\n');
                w.append(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int kkField(LinkageModel model) {
        return model.comparisons().stream().filter(c -> c.kind() == LinkageModel.ComparisonKind.HOUSEHOLD)
                .map(c -> model.fieldIndex(c.field())).findFirst().orElse(-1);
    }

    /**
     * The true household per entity of the truth, from a persons file with person_id and
     * household_id (as generate writes it); -1 where the person is not listed.
     */
    public static int[] trueHouseholds(SourceFiles.Truth truth, Path personsFile) {
        long[] keys = truth.personKeys();
        LongIntMap entities = new LongIntMap(keys.length);
        for (int e = 0; e < keys.length; e++) {
            entities.putIfAbsent(keys[e], e);
        }
        int[] household = new int[keys.length];
        Arrays.fill(household, -1);
        LongIntMap households = new LongIntMap(Math.max(16, keys.length / 3));
        try (CsvStream csv = CsvStream.open(personsFile)) {
            int person = csv.column("person_id");
            int hh = csv.column("household_id");
            if (person < 0 || hh < 0) {
                throw new IllegalArgumentException("persons file needs the columns person_id,household_id");
            }
            while (csv.next()) {
                int e = entities.get(LongIntMap.hash(csv.get(person)), -1);
                if (e >= 0 && !csv.isEmpty(hh)) {
                    household[e] = households.putIfAbsent(LongIntMap.hash(csv.get(hh)), households.size());
                }
            }
        }
        return household;
    }

    /** Pairwise precision and recall of households: over source families, and over records. */
    public record Metrics(Evaluation.Metrics families, Evaluation.Metrics records) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "source families: precision %.4f, recall %.4f, F1 %.4f (true pairs %,d, predicted %,d); "
                            + "records: precision %.4f, recall %.4f, F1 %.4f",
                    families.precision(), families.recall(), families.f1(), families.truePairs(),
                    families.predictedPairs(), records.precision(), records.recall(), records.f1());
        }
    }

    public static Metrics evaluate(LinkResult result, Households.Result households, SourceFiles.Truth truth,
            int[] trueHousehold) {
        int n = result.records().size();
        int[] recordTruth = new int[n];
        for (int r = 0; r < n; r++) {
            int e = truth.entity()[r];
            recordTruth[r] = e < 0 ? -1 : trueHousehold[e];
        }
        int[] familyTruth = new int[households.nodes()];
        Arrays.fill(familyTruth, -1);
        for (int r = 0; r < n; r++) {
            int v = households.node()[r];
            if (v >= 0 && familyTruth[v] < 0) {
                familyTruth[v] = recordTruth[r];
            }
        }
        Evaluation.Metrics families = Evaluation.evaluate(familyTruth, households.household(), new long[0]);
        int[] perRecord = households.perRecord(result.cluster(), result.clusters());
        int next = households.households();
        for (int r = 0; r < n; r++) {
            if (perRecord[r] < 0) {
                perRecord[r] = next++; // no household known: alone
            }
        }
        return new Metrics(families, Evaluation.evaluate(recordTruth, perRecord, new long[0]));
    }
}
