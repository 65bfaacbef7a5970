package id.jaring.linkage;

import java.util.List;

import id.jaring.linkage.engine.CandidatePairs;
import id.jaring.linkage.engine.Clustering;
import id.jaring.linkage.engine.FellegiSunter;
import id.jaring.linkage.engine.PairComparator;
import id.jaring.linkage.engine.RecordSet;

/**
 * What a linkage run found.
 *
 * @param records     the linked records
 * @param pairs       candidate pairs, {@code (i << 32) | j}
 * @param weights     total match weight (log2) per candidate pair
 * @param fit         the fitted Fellegi-Sunter model
 * @param sureWeight  total weight from which pairs were linked
 * @param doubtfulWeight total weight from which unlinked pairs went to review
 * @param cluster     cluster number per record
 * @param clusters    number of clusters
 * @param bestWeight  per record, the highest weight of a link inside its cluster (NaN when alone)
 * @param review      pairs for a data steward
 * @param blockingStats what each blocking key contributed
 * @param comparator  the comparator used (for explaining pairs afterwards)
 */
public record LinkResult(RecordSet records, long[] pairs, float[] weights, FellegiSunter.Fit fit, double sureWeight,
        double doubtfulWeight, int[] cluster, int clusters, float[] bestWeight, List<Clustering.ReviewPair> review,
        Timings timings, List<CandidatePairs.KeyStats> blockingStats, PairComparator comparator) {

    /** Nanoseconds per stage. */
    public record Timings(long blocking, long comparing, long scoring, long clustering) {
    }
}
