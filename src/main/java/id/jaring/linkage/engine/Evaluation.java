package id.jaring.linkage.engine;

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
        // arrays and one sort instead of maps: this runs on 10M records
        long truePairs = pairsBySize(entity);
        long predicted = pairsBySize(cluster);
        long[] both = new long[n];
        int m = 0;
        for (int r = 0; r < n; r++) {
            if (entity[r] >= 0) {
                both[m++] = ((long) cluster[r] << 32) | entity[r];
            }
        }
        both = java.util.Arrays.copyOf(both, m);
        java.util.Arrays.parallelSort(both);
        long correct = 0;
        for (int s = 0; s < m;) {
            int e = s + 1;
            while (e < m && both[e] == both[s]) {
                e++;
            }
            correct += pairsOf(e - s);
            s = e;
        }
        long trueCandidates = 0;
        for (long pair : pairs) {
            int e = entity[CandidatePairs.first(pair)];
            if (e >= 0 && e == entity[CandidatePairs.second(pair)]) {
                trueCandidates++;
            }
        }
        return new Metrics(truePairs, predicted, correct, pairs.length, trueCandidates);
    }

    /** Pairs within the groups of a labelling (label -1: alone). */
    private static long pairsBySize(int[] label) {
        int max = -1;
        for (int l : label) {
            max = Math.max(max, l);
        }
        int[] sizes = new int[max + 1];
        for (int l : label) {
            if (l >= 0) {
                sizes[l]++;
            }
        }
        long pairs = 0;
        for (int k : sizes) {
            pairs += pairsOf(k);
        }
        return pairs;
    }

    private static long pairsOf(int k) {
        return (long) k * (k - 1) / 2;
    }
}
