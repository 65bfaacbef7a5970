package id.jaring.linkage.engine;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The Fellegi-Sunter model fitted without labels. The m probabilities (and a within-candidates u)
 * come from EM on the candidate pairs' level patterns (aggregated: EM runs on distinct patterns with
 * counts, so it costs nothing per pair). The u probabilities come from a random sample of record
 * pairs, which are almost all non-matches; for rare levels the sample sees too little, so u is at
 * least what EM found among the candidates, scaled to all pairs. The prior is the share of matches
 * EM found among the candidates, scaled to all pairs.
 */
public final class FellegiSunter {

    static final double FLOOR = 1e-9;
    /** m never falls below this: one agency error should not outweigh everything else. */
    static final double M_FLOOR = 1e-5;

    private FellegiSunter() {
    }

    /**
     * The fitted model.
     *
     * @param lambda         share of matches among the candidate pairs
     * @param m              m[k][level]
     * @param u              u[k][level] used for scoring
     * @param weight         log2(m/u) per comparison and level (0 for the null level)
     * @param priorLogOdds   log2 of the prior odds that two records drawn from all pairs match
     * @param iterations     EM iterations run
     */
    public record Fit(double lambda, double[][] m, double[][] u, double[][] uRandom, double[][] uCandidates,
            double[][] weight, double priorLogOdds, int iterations) {

        /** Total log2 weight a pair needs for a posterior probability p. */
        public double weightFor(double p) {
            return Math.log(p / (1 - p)) / Math.log(2) - priorLogOdds;
        }

        /** Posterior match probability of a total weight. */
        public double probability(double totalWeight) {
            return 1 / (1 + Math.pow(2, -(totalWeight + priorLogOdds)));
        }
    }

    /** u probabilities from random pairs of distinct records. */
    public static double[][] sampleU(PairComparator comparator, int records, int samples, long seed) {
        int k = comparator.count();
        long[][] counts = new long[k][];
        for (int c = 0; c < k; c++) {
            counts[c] = new long[comparator.comparison(c).levelCount()];
        }
        int n = Math.max(2, records);
        int chunks = 16;
        long[][][] partial = new long[chunks][k][];
        java.util.stream.IntStream.range(0, chunks).parallel().forEach(chunk -> {
            SplittableRandom random = new SplittableRandom(seed * 31 + chunk);
            long[][] local = partial[chunk];
            for (int c = 0; c < k; c++) {
                local[c] = new long[comparator.comparison(c).levelCount()];
            }
            for (int s = chunk; s < samples; s += chunks) {
                int i = random.nextInt(n);
                int j = random.nextInt(n - 1);
                if (j >= i) {
                    j++;
                }
                long pattern = comparator.pattern(i, j);
                for (int c = 0; c < k; c++) {
                    local[c][PairComparator.level(pattern, c)]++;
                }
            }
        });
        for (long[][] local : partial) {
            for (int c = 0; c < k; c++) {
                for (int l = 0; l < local[c].length; l++) {
                    counts[c][l] += local[c][l];
                }
            }
        }
        double[][] u = new double[k][];
        for (int c = 0; c < k; c++) {
            long nonNull = 0;
            for (int l = 1; l < counts[c].length; l++) {
                nonNull += counts[c][l];
            }
            u[c] = new double[counts[c].length];
            for (int l = 1; l < counts[c].length; l++) {
                u[c][l] = Math.max(counts[c][l], 0.5) / Math.max(1, nonNull);
            }
        }
        return u;
    }

    /**
     * u of comparison k among random pairs of records that agree exactly on comparison {@code given}
     * (see LinkageModel.Comparison#uGiven): pairs are drawn uniformly from all such pairs (a record is
     * kept with a chance proportional to its group's size less one, then paired with another member).
     * Pairs at level 1 (exact agreement) are left out: among records that share a birth date, two
     * with the same NIK are mostly the same person, not the chance agreement u is about; so u at
     * level 1 is taken from the unconditional sample {@code uAll} and the other levels share the rest.
     * Null when no two records agree on {@code given}.
     */
    public static double[] sampleUGiven(PairComparator comparator, int records, int k, int given, int samples, long seed,
            double[] uAll) {
        final long indexMask = (1L << 24) - 1;
        long[] packed = new long[records];
        int m = 0;
        for (int r = 0; r < records; r++) {
            long key = comparator.exactKey(given, r);
            if (key != 0) {
                packed[m++] = (mix(key) & ~indexMask) | r;
            }
        }
        long[] sorted = Arrays.copyOf(packed, m);
        Arrays.parallelSort(sorted);
        int[] groupStart = new int[m];
        int[] groupEnd = new int[m];
        int largest = 0;
        for (int start = 0; start < m;) {
            int end = start + 1;
            while (end < m && (sorted[end] & ~indexMask) == (sorted[start] & ~indexMask)) {
                end++;
            }
            for (int x = start; x < end; x++) {
                groupStart[x] = start;
                groupEnd[x] = end;
            }
            largest = Math.max(largest, end - start);
            start = end;
        }
        if (largest < 2) {
            return null;
        }
        int levels = comparator.comparison(k).levelCount();
        int chunks = 16;
        long[][] partial = new long[chunks][levels];
        int maxGroup = largest;
        java.util.stream.IntStream.range(0, chunks).parallel().forEach(chunk -> {
            SplittableRandom random = new SplittableRandom(seed * 131 + chunk);
            long[] local = partial[chunk];
            int wanted = samples / chunks;
            for (long attempt = 0, drawn = 0; drawn < wanted && attempt < 200L * wanted; attempt++) {
                int x = random.nextInt(sorted.length);
                int size = groupEnd[x] - groupStart[x];
                if (size < 2 || random.nextInt(maxGroup - 1) >= size - 1) {
                    continue;
                }
                int y = groupStart[x] + random.nextInt(size - 1);
                if (y >= x) {
                    y++;
                }
                int level = comparator.level(k, (int) (sorted[x] & indexMask), (int) (sorted[y] & indexMask));
                if (level != 1) {
                    local[level]++;
                    drawn++;
                }
            }
        });
        long[] counts = new long[levels];
        for (long[] local : partial) {
            for (int l = 0; l < levels; l++) {
                counts[l] += local[l];
            }
        }
        long nonNull = 0;
        for (int l = 1; l < levels; l++) {
            nonNull += counts[l];
        }
        double[] u = new double[levels];
        u[1] = uAll[1];
        for (int l = 2; l < levels; l++) {
            u[l] = (1 - u[1]) * Math.max(counts[l], 0.5) / Math.max(1, nonNull);
        }
        return u;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /**
     * Fits the model.
     *
     * @param patterns   the candidate pairs' level patterns
     * @param levelCounts number of levels (with null) per comparison
     * @param uRandom    u from random sampling
     * @param totalPairs number of record pairs the candidates were drawn from
     */
    public static Fit fit(long[] patterns, int[] levelCounts, double[][] uRandom, double totalPairs, int maxIterations) {
        return fit(patterns, levelCounts, uRandom, totalPairs, maxIterations, new int[0], new int[0], true);
    }

    /**
     * Fits the model, starting m from identifier agreement (see LinkageModel.Estimation).
     *
     * @param identifiers     comparison indices whose level 1 nearly proves a match
     * @param identifierCheck comparison indices whose joint level 1 starts the identifiers' m
     */
    public static Fit fit(long[] patterns, int[] levelCounts, double[][] uRandom, double totalPairs, int maxIterations,
            int[] identifiers, int[] identifierCheck, boolean refineM) {
        // the distinct level patterns and their counts: a few thousand, whatever the number of pairs
        // (no copy of the pattern array, which at 10M records is hundreds of millions of longs)
        LongIntMap index = new LongIntMap(1 << 12);
        long[] values = new long[1 << 12];
        double[] counts = new double[1 << 12];
        for (long pattern : patterns) {
            int at = index.putIfAbsent(pattern + 1, index.size()); // + 1: pattern 0 (all null) is a valid key
            if (at == values.length) {
                values = Arrays.copyOf(values, at * 2);
                counts = Arrays.copyOf(counts, at * 2);
            }
            values[at] = pattern;
            counts[at]++;
        }
        int distinct = index.size();
        long[] byValue = Arrays.copyOf(values, distinct);
        Arrays.sort(byValue); // EM sums in pattern order, as before: the same fit to the last digit
        double[] countByValue = new double[distinct];
        for (int p = 0; p < distinct; p++) {
            countByValue[p] = counts[index.get(byValue[p] + 1, -1)];
        }
        values = byValue;
        counts = countByValue;
        int k = levelCounts.length;
        int[][] levels = new int[distinct][k];
        for (int p = 0; p < distinct; p++) {
            for (int c = 0; c < k; c++) {
                levels[p][c] = PairComparator.level(values[p], c);
            }
        }
        double[][] m = new double[k][];
        double[][] u = new double[k][];
        for (int c = 0; c < k; c++) {
            m[c] = new double[levelCounts[c]];
            u[c] = uRandom[c].clone();
            double sum = 0;
            for (int l = 1; l < levelCounts[c]; l++) {
                m[c][l] = Math.pow(0.25, l - 1);
                sum += m[c][l];
            }
            for (int l = 1; l < levelCounts[c]; l++) {
                m[c][l] /= sum;
            }
        }
        if (identifiers.length > 0) {
            startFromIdentifiers(m, levels, counts, distinct, identifiers, identifierCheck);
        }
        double lambda = 0.3;
        double total = patterns.length;
        int iteration = 0;
        double[] g = new double[distinct];
        while (iteration < maxIterations && total > 0) {
            iteration++;
            double matches = 0;
            for (int p = 0; p < distinct; p++) {
                double pm = lambda;
                double pu = 1 - lambda;
                for (int c = 0; c < k; c++) {
                    int l = levels[p][c];
                    if (l != 0) {
                        pm *= m[c][l];
                        pu *= u[c][l];
                    }
                }
                g[p] = pm / (pm + pu);
                matches += g[p] * counts[p];
            }
            double change = Math.abs(matches / total - lambda);
            lambda = matches / total;
            for (int c = 0; c < k; c++) {
                double[] mNew = new double[levelCounts[c]];
                double[] uNew = new double[levelCounts[c]];
                double mSum = 0;
                double uSum = 0;
                for (int p = 0; p < distinct; p++) {
                    int l = levels[p][c];
                    if (l != 0) {
                        mNew[l] += g[p] * counts[p];
                        uNew[l] += (1 - g[p]) * counts[p];
                        mSum += g[p] * counts[p];
                        uSum += (1 - g[p]) * counts[p];
                    }
                }
                for (int l = 1; l < levelCounts[c]; l++) {
                    double mv = Math.max(M_FLOOR, mSum > 0 ? mNew[l] / mSum : m[c][l]);
                    double uv = Math.max(FLOOR, uSum > 0 ? uNew[l] / uSum : u[c][l]);
                    if (refineM) {
                        change = Math.max(change, Math.abs(mv - m[c][l]));
                        m[c][l] = mv;
                    }
                    u[c][l] = uv;
                }
            }
            if (change < 1e-7) {
                break;
            }
        }
        double candidates = Math.max(1, total);
        double matchPairs = Math.max(1, lambda * candidates);
        double nonMatchCandidates = (1 - lambda) * candidates;
        double[][] uFinal = new double[k][];
        double[][] weight = new double[k][];
        for (int c = 0; c < k; c++) {
            uFinal[c] = new double[levelCounts[c]];
            double sum = 0;
            for (int l = 1; l < levelCounts[c]; l++) {
                double seenAmongCandidates = u[c][l] * nonMatchCandidates / totalPairs;
                uFinal[c][l] = Math.max(Math.max(uRandom[c][l], seenAmongCandidates), FLOOR);
                sum += uFinal[c][l];
            }
            weight[c] = new double[levelCounts[c]];
            for (int l = 1; l < levelCounts[c]; l++) {
                uFinal[c][l] /= sum;
                weight[c][l] = log2(m[c][l] / uFinal[c][l]);
            }
        }
        double prior = matchPairs / totalPairs;
        return new Fit(lambda, m, uFinal, uRandom, u, weight, log2(prior / (1 - prior)), iteration);
    }

    private static void startFromIdentifiers(double[][] m, int[][] levels, double[] counts, int distinct,
            int[] identifiers, int[] identifierCheck) {
        int k = m.length;
        for (int c = 0; c < k; c++) {
            boolean isIdentifier = contains(identifiers, c);
            double[] tally = new double[m[c].length];
            double sum = 0;
            for (int p = 0; p < distinct; p++) {
                int l = levels[p][c];
                if (l == 0) {
                    continue;
                }
                boolean anchor = true;
                if (isIdentifier) {
                    for (int x : identifierCheck) {
                        anchor &= levels[p][x] == 1;
                    }
                } else {
                    anchor = false;
                    for (int x : identifiers) {
                        anchor |= levels[p][x] == 1;
                    }
                }
                if (anchor) {
                    tally[l] += counts[p];
                    sum += counts[p];
                }
            }
            if (sum < 10) {
                continue; // too few anchors: keep the generic start
            }
            for (int l = 1; l < m[c].length; l++) {
                m[c][l] = (tally[l] + 0.5) / (sum + 0.5 * (m[c].length - 1));
            }
        }
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
