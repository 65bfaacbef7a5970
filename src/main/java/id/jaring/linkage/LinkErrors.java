package id.jaring.linkage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import id.jaring.linkage.engine.PairComparator;
import id.jaring.linkage.engine.RecordSet;

/**
 * Writes the pairwise errors of a run against the truth, for finding their causes: false positives
 * (same cluster, different person) and false negatives (same person, different clusters), each with
 * its weight, whether it was a candidate at all, the level of every comparison and both standardised
 * values of every field. Only for evaluation runs on synthetic or public data.
 */
final class LinkErrors {

    private LinkErrors() {
    }

    /** Writes at most {@code limit} pairs of each kind; returns {false positives, false negatives} found. */
    static long[] write(LinkResult result, int[] entity, Path file, int limit) {
        RecordSet records = result.records();
        LinkageModel model = records.model();
        int n = records.size();
        long[] found = new long[2];
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder header = new StringBuilder("kind,source_a,record_id_a,source_b,record_id_b,weight,candidate");
            model.comparisons().forEach(c -> header.append(",L_").append(c.name()));
            model.fields().forEach(f -> header.append(',').append(f.name()));
            w.write(header.append('\n').toString());
            found[0] = writeSplit(w, result, result.cluster(), entity, "FP", limit);
            found[1] = writeSplit(w, result, entity, result.cluster(), "FN", limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** Pairs that share a group but not the other labelling (records with label -1 are alone). */
    private static long writeSplit(BufferedWriter w, LinkResult result, int[] group, int[] other, String kind, int limit)
            throws IOException {
        int n = group.length;
        Integer[] order = new Integer[n];
        for (int r = 0; r < n; r++) {
            order[r] = r;
        }
        Arrays.sort(order, (x, y) -> Integer.compare(group[x], group[y]));
        long count = 0;
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && group[order[end]] == group[order[start]]) {
                end++;
            }
            if (group[order[start]] >= 0) {
                for (int a = start; a < end; a++) {
                    for (int b = a + 1; b < end; b++) {
                        int i = order[a];
                        int j = order[b];
                        if (other[i] < 0 || other[i] != other[j]) {
                            if (count++ < limit) {
                                w.write(line(result, kind, Math.min(i, j), Math.max(i, j)));
                            }
                        }
                    }
                }
            }
            start = end;
        }
        return count;
    }

    private static String line(LinkResult result, String kind, int i, int j) {
        RecordSet records = result.records();
        PairComparator comparator = result.comparator();
        long pattern = comparator.pattern(i, j);
        double weight = Linker.weight(comparator, result.fit(), i, j, pattern);
        boolean candidate = Arrays.binarySearch(result.pairs(), ((long) i << 32) | j) >= 0;
        StringBuilder sb = new StringBuilder(kind).append(',').append(records.sourceName(i)).append(',')
                .append(records.recordId(i)).append(',').append(records.sourceName(j)).append(',')
                .append(records.recordId(j)).append(',').append(String.format(Locale.ROOT, "%.1f", weight)).append(',')
                .append(candidate);
        for (int c = 0; c < comparator.count(); c++) {
            sb.append(',').append(PairComparator.level(pattern, c));
        }
        for (int f = 0; f < records.model().fields().size(); f++) {
            sb.append(',').append(text(records.value(f, i))).append(" | ").append(text(records.value(f, j)));
        }
        return sb.append('\n').toString();
    }

    private static String text(char[] v) {
        return v == null ? "-" : new String(v).replace(',', ' ');
    }
}
