package id.jaring.linkage.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * Pairwise precision, recall and F1 of a clustering against the true entity of each record, and
 * the blocking recall (share of true pairs that were candidates at all). Records without a known
 * entity count as entities of their own.
 */
public final class Evaluation {

    public record Metrics(long truePairs, long predictedPairs, long correctPairs, long candidatePairs,
            long trueCandidatePairs) {

        public double precision() {
            return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
        }

        public double recall() {
            return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double blockingRecall() {
            return truePairs == 0 ? 1 : (double) trueCandidatePairs / truePairs;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "precision %.4f, recall %.4f, F1 %.4f (true pairs %,d, predicted %,d, correct %,d); blocking recall %.4f (%,d candidate pairs)",
                    precision(), recall(), f1(), truePairs, predictedPairs, correctPairs, blockingRecall(), candidatePairs);
        }
    }

    private Evaluation() {
    }

    /**
     * @param entity  true entity per record, -1 when unknown
     * @param cluster cluster per record
     * @param pairs   the candidate pairs
     */
    public static Metrics evaluate(int[] entity, int[] cluster, long[] pairs) {
        int n = entity.length;
        Map<Integer, Integer> entitySizes = new HashMap<>();
        Map<Integer, Integer> clusterSizes = new HashMap<>();
        Map<Long, Integer> both = new HashMap<>();
        for (int r = 0; r < n; r++) {
            clusterSizes.merge(cluster[r], 1, Integer::sum);
            if (entity[r] >= 0) {
                entitySizes.merge(entity[r], 1, Integer::sum);
                both.merge(((long) cluster[r] << 32) | entity[r], 1, Integer::sum);
            }
        }
        long truePairs = entitySizes.values().stream().mapToLong(Evaluation::pairsOf).sum();
        long predicted = clusterSizes.values().stream().mapToLong(Evaluation::pairsOf).sum();
        long correct = both.values().stream().mapToLong(Evaluation::pairsOf).sum();
        long trueCandidates = 0;
        for (long pair : pairs) {
            int e = entity[CandidatePairs.first(pair)];
            if (e >= 0 && e == entity[CandidatePairs.second(pair)]) {
                trueCandidates++;
            }
        }
        return new Metrics(truePairs, predicted, correct, pairs.length, trueCandidates);
    }

    private static long pairsOf(int k) {
        return (long) k * (k - 1) / 2;
    }
}
