package id.jaring.linkage.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import id.jaring.linkage.LinkageModel;
import id.jaring.linkage.LinkageModel.Comparison;
import id.jaring.linkage.compare.Levels;
import id.jaring.linkage.compare.NameTokens;

/**
 * Compares two records on every comparison of the model and packs the levels into one long, four
 * bits per comparison. No allocation per pair. Also holds the term frequencies of the comparisons
 * that weigh exact agreement by rarity.
 */
public final class PairComparator {

    static final int BITS = 4;

    private final RecordSet records;
    private final Comparison[] comparisons;
    private final int[] fields;
    private final int[][] otherFields;
    private final float[][] termFrequency;
    private final float[] minimumFrequency;
    /** Interned words of the NAME comparisons' fields (null for other kinds). */
    private final NameTokens[] nameTokens;

    public PairComparator(RecordSet records) {
        this.records = records;
        List<Comparison> list = records.model().comparisons();
        comparisons = list.toArray(Comparison[]::new);
        fields = new int[comparisons.length];
        otherFields = new int[comparisons.length][];
        termFrequency = new float[comparisons.length][];
        minimumFrequency = new float[comparisons.length];
        nameTokens = new NameTokens[comparisons.length];
        for (int k = 0; k < comparisons.length; k++) {
            fields[k] = records.model().fieldIndex(comparisons[k].field());
            otherFields[k] = comparisons[k].otherFields().stream().mapToInt(records.model()::fieldIndex).toArray();
            if (comparisons[k].kind() == LinkageModel.ComparisonKind.NAME) {
                nameTokens[k] = NameTokens.of(records.column(fields[k]), records.size());
            }
            if (comparisons[k].termFrequency()) {
                computeTermFrequencies(k);
            }
        }
    }

    private void computeTermFrequencies(int k) {
        int n = records.size();
        char[][] column = records.column(fields[k]);
        Map<String, Integer> counts = new HashMap<>();
        int nonNull = 0;
        String[] keys = new String[n];
        for (int r = 0; r < n; r++) {
            if (column[r] != null) {
                keys[r] = new String(column[r]).replace(" ", "");
                counts.merge(keys[r], 1, Integer::sum);
                nonNull++;
            }
        }
        float[] tf = new float[n];
        float total = Math.max(1, nonNull);
        for (int r = 0; r < n; r++) {
            tf[r] = keys[r] == null ? 0 : counts.get(keys[r]) / total;
        }
        termFrequency[k] = tf;
        minimumFrequency[k] = 1 / total;
    }

    public int count() {
        return comparisons.length;
    }

    public Comparison comparison(int k) {
        return comparisons[k];
    }

    /** The packed levels of records i and j. */
    public long pattern(int i, int j) {
        long pattern = 0;
        for (int k = 0; k < comparisons.length; k++) {
            pattern |= (long) level(k, i, j) << (BITS * k);
        }
        return pattern;
    }

    public int level(int k, int i, int j) {
        Comparison c = comparisons[k];
        int f = fields[k];
        return switch (c.kind()) {
            case DATE -> Levels.date(records.date(f, i), records.date(f, j));
            case EXACT -> Levels.exact(records.value(f, i), records.value(f, j));
            case STRING -> Levels.string(records.value(f, i), records.value(f, j), c.thresholds());
            case NAME -> name(k, f, i, j, c.thresholds());
            case LEVENSHTEIN -> Levels.levenshtein(records.value(f, i), records.value(f, j), c.bounds());
            case NIK -> Levels.nik(records.value(f, i), records.value(f, j));
            case DIGITS -> Levels.digits(records.value(f, i), records.value(f, j));
            case PREFIX -> Levels.prefix(records.value(f, i), records.value(f, j), c.bounds());
            case HOUSEHOLD -> Levels.household(records.value(f, i), records.value(f, j),
                    records.value(otherFields[k][0], i), records.value(otherFields[k][0], j),
                    records.value(otherFields[k][1], i), records.value(otherFields[k][1], j));
        };
    }

    /** As {@link Levels#name}, on the interned words. */
    private int name(int k, int f, int i, int j, double[] thresholds) {
        char[] a = records.value(f, i);
        char[] b = records.value(f, j);
        if (a == null || b == null) {
            return Levels.NULL;
        }
        if (Levels.equalIgnoringSpaces(a, b)) {
            return 1;
        }
        return Levels.band(nameTokens[k].similarity(a, i, b, j, thresholds[0]), thresholds);
    }

    /** A key that two records share when comparison k's field agrees exactly (0 when missing). */
    public long exactKey(int k, int r) {
        int f = fields[k];
        if (comparisons[k].kind() == LinkageModel.ComparisonKind.DATE) {
            return records.date(f, r);
        }
        char[] v = records.value(f, r);
        if (v == null) {
            return 0;
        }
        long h = 1125899906842597L;
        for (char c : v) {
            h = 31 * h + c;
        }
        return h == 0 ? 1 : h;
    }

    public static int level(long pattern, int k) {
        return (int) (pattern >>> (BITS * k)) & ((1 << BITS) - 1);
    }

    /** Term frequency of the value of comparison k in record r (0 when not tracked); at least 1/non-null count. */
    public float termFrequency(int k, int r) {
        return termFrequency[k] == null ? 0 : Math.max(termFrequency[k][r], minimumFrequency[k]);
    }

    public boolean hasTermFrequency(int k) {
        return termFrequency[k] != null;
    }

    /** Patterns of all pairs, computed in parallel. */
    public long[] patterns(long[] pairs) {
        long[] out = new long[pairs.length];
        int chunk = 1 << 14;
        IntStream.range(0, (pairs.length + chunk - 1) / chunk).parallel().forEach(c -> {
            int from = c * chunk;
            int to = Math.min(pairs.length, from + chunk);
            for (int p = from; p < to; p++) {
                out[p] = pattern(CandidatePairs.first(pairs[p]), CandidatePairs.second(pairs[p]));
            }
        });
        return out;
    }
}
