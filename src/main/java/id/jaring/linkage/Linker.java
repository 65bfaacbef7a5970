package id.jaring.linkage;

import java.util.List;
import java.util.stream.IntStream;

import id.jaring.linkage.engine.CandidatePairs;
import id.jaring.linkage.engine.Clustering;
import id.jaring.linkage.engine.FellegiSunter;
import id.jaring.linkage.engine.PairComparator;
import id.jaring.linkage.engine.RecordSet;

/**
 * The linkage engine: block, compare, fit the Fellegi-Sunter model without labels, score, cluster.
 * Plain Java, no framework. Usage:
 *
 * <pre>
 * RecordSet records = new RecordSet(model);
 * records.addAll("dinsos", ids, rawRows);    // standardised once, here
 * LinkResult result = new Linker(model).link(records);
 * </pre>
 *
 * For incremental linkage, add the already indexed records first and the new ones after, then call
 * {@link #link(RecordSet, int)} with the index of the first new record: only pairs that involve a
 * new record are compared.
 */
public final class Linker {

    private final LinkageModel model;

    public Linker(LinkageModel model) {
        this.model = model;
    }

    public LinkResult link(RecordSet records) {
        return link(records, 0);
    }

    public LinkResult link(RecordSet records, int firstNew) {
        long started = System.nanoTime();
        List<CandidatePairs.KeyStats> blockingStats = new java.util.ArrayList<>();
        long[] pairs = CandidatePairs.generate(records, firstNew, blockingStats);
        long blocked = System.nanoTime();
        PairComparator comparator = new PairComparator(records);
        long[] patterns = comparator.patterns(pairs);
        long compared = System.nanoTime();
        int[] levelCounts = new int[comparator.count()];
        for (int k = 0; k < levelCounts.length; k++) {
            levelCounts[k] = comparator.comparison(k).levelCount();
        }
        int n = records.size();
        double[][] uRandom = FellegiSunter.sampleU(comparator, n, model.thresholds().uSamples(), model.thresholds().seed());
        for (int c = 0; c < comparator.count(); c++) {
            String given = comparator.comparison(c).uGiven();
            if (given != null) {
                double[] u = FellegiSunter.sampleUGiven(comparator, n, c, model.comparisonIndex(given),
                        model.thresholds().uSamples(), model.thresholds().seed(), uRandom[c]);
                if (u != null) {
                    uRandom[c] = u;
                }
            }
        }
        double totalPairs = firstNew > 0 ? (double) (n - firstNew) * (n - 1) : (double) n * (n - 1) / 2;
        LinkageModel.Estimation estimation = model.estimation();
        int[] identifiers = estimation.identifiers().stream().mapToInt(model::comparisonIndex).toArray();
        int[] check = estimation.identifierCheck().stream().mapToInt(model::comparisonIndex).toArray();
        FellegiSunter.Fit fit = FellegiSunter.fit(patterns, levelCounts, uRandom, Math.max(1, totalPairs),
                estimation.maxIterations(), identifiers, check, estimation.refineM());
        float[] weights = weights(comparator, fit, pairs, patterns);
        long scored = System.nanoTime();
        double sure = fit.weightFor(model.thresholds().sureMatch());
        double doubtful = fit.weightFor(model.thresholds().sureNonMatch());
        LinkageModel.Clustering guards = model.clustering();
        int nikField = guards.nikField() == null ? -1 : model.fieldIndex(guards.nikField());
        int nameField = guards.nameField() == null ? -1 : model.fieldIndex(guards.nameField());
        Clustering.Result clusters = Clustering.cluster(records, pairs, weights, sure, doubtful,
                guards.maxClusterSize(), nikField, nameField);
        float[] best = new float[n];
        java.util.Arrays.fill(best, Float.NaN);
        for (int p = 0; p < pairs.length; p++) {
            int i = CandidatePairs.first(pairs[p]);
            int j = CandidatePairs.second(pairs[p]);
            if (weights[p] >= sure && clusters.cluster()[i] == clusters.cluster()[j]) {
                best[i] = Float.isNaN(best[i]) ? weights[p] : Math.max(best[i], weights[p]);
                best[j] = Float.isNaN(best[j]) ? weights[p] : Math.max(best[j], weights[p]);
            }
        }
        long clustered = System.nanoTime();
        return new LinkResult(records, pairs, weights, fit, sure, doubtful, clusters.cluster(), clusters.clusters(), best,
                clusters.review(), new LinkResult.Timings(blocked - started, compared - blocked, scored - compared,
                        clustered - scored), blockingStats, comparator);
    }

    static float[] weights(PairComparator comparator, FellegiSunter.Fit fit, long[] pairs, long[] patterns) {
        float[] out = new float[pairs.length];
        IntStream.range(0, (pairs.length + 8191) / 8192).parallel().forEach(chunk -> {
            int to = Math.min(pairs.length, chunk * 8192 + 8192);
            for (int p = chunk * 8192; p < to; p++) {
                out[p] = (float) weight(comparator, fit, CandidatePairs.first(pairs[p]), CandidatePairs.second(pairs[p]),
                        patterns[p]);
            }
        });
        return out;
    }

    /**
     * The total match weight of records i and j with the level pattern given: the sum of the level
     * weights, an exact agreement on a term-frequency comparison weighed by how rare the value is.
     */
    public static double weight(PairComparator comparator, FellegiSunter.Fit fit, int i, int j, long pattern) {
        double[][] w = fit.weight();
        double total = 0;
        for (int c = 0; c < comparator.count(); c++) {
            int level = PairComparator.level(pattern, c);
            if (level == 1 && comparator.hasTermFrequency(c)) {
                double tf = Math.max(comparator.termFrequency(c, i), comparator.termFrequency(c, j));
                total += Math.log(fit.m()[c][1] / Math.max(tf, 1e-12)) / Math.log(2);
            } else {
                total += w[c][level];
            }
        }
        return total;
    }

    /** Summary lines of the fitted model: per comparison and level, m, u and the weight. */
    public static List<String> describe(LinkageModel model, FellegiSunter.Fit fit) {
        List<String> lines = new java.util.ArrayList<>();
        for (int c = 0; c < model.comparisons().size(); c++) {
            StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT, "  %-18s", model.comparisons().get(c).name()));
            for (int l = 1; l < fit.m()[c].length; l++) {
                sb.append(String.format(java.util.Locale.ROOT, " L%d m=%.4f u=%.2e w=%+.1f;", l, fit.m()[c][l], fit.u()[c][l],
                        fit.weight()[c][l]));
            }
            lines.add(sb.toString());
        }
        return lines;
    }
}
