package id.jaring.linkage.bench;

import java.util.Arrays;

/**
 * A cross-check of {@link ComparisonBenchmark}'s bounded Levenshtein pair for a busy, shared
 * machine: the two sides run alternately in slices of 150 ms (30 rounds each) on the same name
 * pairs, so that a change of load hits both, and the medians are compared. Not a test; run with
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) id.jaring.linkage.bench.AlternatingLevenshtein
 * </pre>
 */
public final class AlternatingLevenshtein {

    private static final long SLICE_NANOS = 150_000_000L;
    private static final int ROUNDS = 30;

    private AlternatingLevenshtein() {
    }

    public static void main(String[] args) {
        ComparisonBenchmark pairs = new ComparisonBenchmark();
        pairs.pairs();
        double[] jaring = new double[ROUNDS];
        double[] commons = new double[ROUNDS];
        long sink = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            long calls = 0;
            while (System.nanoTime() - start < SLICE_NANOS) {
                sink += pairs.jaringLevenshteinBounded2();
                calls++;
            }
            jaring[round] = (System.nanoTime() - start) / (double) (calls * ComparisonBenchmark.PAIRS);
            start = System.nanoTime();
            calls = 0;
            while (System.nanoTime() - start < SLICE_NANOS) {
                sink += pairs.commonsLevenshteinBounded2();
                calls++;
            }
            commons[round] = (System.nanoTime() - start) / (double) (calls * ComparisonBenchmark.PAIRS);
        }
        Arrays.sort(jaring);
        Arrays.sort(commons);
        System.out.printf("ns per pair, median (fastest) of %d slices: Jaring %.1f (%.1f), Commons Text %.1f (%.1f);"
                + " Commons / Jaring %.1f x [checksum %d]%n", ROUNDS, jaring[ROUNDS / 2], jaring[0], commons[ROUNDS / 2],
                commons[0], commons[ROUNDS / 2] / jaring[ROUNDS / 2], sink);
    }
}
