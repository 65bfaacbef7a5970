package id.jaring.bench;

import java.util.List;

/**
 * Summary of repeated measurements in milliseconds. Percentiles are nearest-rank: the p-th
 * percentile is the smallest sample with at least p % of the samples at or below it, so every
 * reported value is one that was actually measured.
 */
record Timings(int count, double median, double p95, double max) {

    static Timings of(List<Double> millis) {
        if (millis.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Timings(sorted.length, percentile(sorted, 50), percentile(sorted, 95), sorted[sorted.length - 1]);
    }

    /** Nearest rank: index ceil(p/100 * n) - 1 of the sorted samples. */
    static double percentile(double[] sorted, int p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in 1..100");
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
