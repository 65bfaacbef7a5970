package id.jaring.linkage.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import id.jaring.linkage.compare.Levels;
import id.jaring.linkage.standardise.Nik;

/**
 * Connected components over the sure links, strongest first (Kruskal order), with guards: a merge
 * is refused when it would put two valid NIKs that cannot be one NIK mistyped into one cluster,
 * when two valid NIKs differ only in the serial (twins, registered together) while the names
 * differ, or when the cluster would outgrow the size bound; so an oversized chain is cut at its
 * weakest links. Refused links go to review.
 */
public final class Clustering {

    /** Why a pair goes to review. */
    public enum Reason { DOUBTFUL, NIK_CONFLICT, CLUSTER_SIZE }

    /** A pair for the data steward: the record indices, the total weight and why. */
    public record ReviewPair(int first, int second, float weight, Reason reason) {
    }

    /** Cluster number per record (0-based, in order of first record) and the review list. */
    public record Result(int[] cluster, int clusters, List<ReviewPair> review) {
    }

    private final int[] parent;
    private final int[] size;
    /** Records with a valid NIK, as linked lists per cluster root (head, next, tail). */
    private final int[] nikHead;
    private final int[] nikTail;
    private final int[] nikNext;
    private final RecordSet records;
    private final int nikField;
    private final int nameField;

    private Clustering(RecordSet records, int nikField, int nameField) {
        int n = records.size();
        this.records = records;
        this.nikField = nikField;
        this.nameField = nameField;
        parent = new int[n];
        size = new int[n];
        nikHead = new int[n];
        nikTail = new int[n];
        nikNext = new int[n];
        for (int r = 0; r < n; r++) {
            parent[r] = r;
            size[r] = 1;
            boolean valid = nikField >= 0 && Nik.valid(charSeq(records.value(nikField, r)));
            nikHead[r] = valid ? r : -1;
            nikTail[r] = valid ? r : -1;
            nikNext[r] = -1;
        }
    }

    /**
     * @param pairs      candidate pairs
     * @param weight     total weight per pair
     * @param sure       weight from which pairs are linked
     * @param doubtful   weight from which unlinked pairs go to review
     */
    public static Result cluster(RecordSet records, long[] pairs, float[] weight, double sure, double doubtful,
            int maxClusterSize, int nikField, int nameField) {
        Clustering c = new Clustering(records, nikField, nameField);
        int count = 0;
        for (float w : weight) {
            if (w >= doubtful) {
                count++;
            }
        }
        long[] order = new long[count];
        int o = 0;
        for (int p = 0; p < weight.length; p++) {
            if (weight[p] >= doubtful) {
                order[o++] = ((long) sortable(weight[p]) << 32) | p;
            }
        }
        Arrays.parallelSort(order);
        List<ReviewPair> review = new ArrayList<>();
        List<Integer> doubtfulPairs = new ArrayList<>();
        for (int x = order.length - 1; x >= 0; x--) {
            int p = (int) order[x];
            int i = CandidatePairs.first(pairs[p]);
            int j = CandidatePairs.second(pairs[p]);
            if (weight[p] < sure) {
                doubtfulPairs.add(p);
                continue;
            }
            int ri = c.find(i);
            int rj = c.find(j);
            if (ri == rj) {
                continue;
            }
            if (c.size[ri] + c.size[rj] > maxClusterSize) {
                review.add(new ReviewPair(i, j, weight[p], Reason.CLUSTER_SIZE));
            } else if (c.conflict(ri, rj)) {
                review.add(new ReviewPair(i, j, weight[p], Reason.NIK_CONFLICT));
            } else {
                c.union(ri, rj);
            }
        }
        for (int p : doubtfulPairs) {
            int i = CandidatePairs.first(pairs[p]);
            int j = CandidatePairs.second(pairs[p]);
            if (c.find(i) != c.find(j)) {
                review.add(new ReviewPair(i, j, weight[p], Reason.DOUBTFUL));
            }
        }
        int n = records.size();
        int[] cluster = new int[n];
        int[] number = new int[n];
        Arrays.fill(number, -1);
        int clusters = 0;
        for (int r = 0; r < n; r++) {
            int root = c.find(r);
            if (number[root] < 0) {
                number[root] = clusters++;
            }
            cluster[r] = number[root];
        }
        return new Result(cluster, clusters, review);
    }

    private boolean conflict(int ra, int rb) {
        for (int a = nikHead[ra]; a >= 0; a = nikNext[a]) {
            char[] na = records.value(nikField, a);
            for (int b = nikHead[rb]; b >= 0; b = nikNext[b]) {
                char[] nb = records.value(nikField, b);
                if (nikConflict(na, nb, nameField >= 0 ? records.value(nameField, a) : null,
                        nameField >= 0 ? records.value(nameField, b) : null)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The guard for two records with valid NIKs (standardised): they may not be linked
     * automatically when the NIKs differ beyond a plausible typo, or differ only in the serial
     * (twins, registered together) while the names differ. Records without a valid NIK never
     * conflict.
     *
     * @param nameA the standardised names, or null to skip the twin check
     */
    public static boolean nikConflict(char[] nikA, char[] nikB, char[] nameA, char[] nameB) {
        if (nikA == null || nikB == null || !Nik.valid(charSeq(nikA)) || !Nik.valid(charSeq(nikB))
                || Arrays.equals(nikA, nikB)) {
            return false;
        }
        if (!Nik.plausibleTypo(nikA, nikB)) {
            return true;
        }
        // serial-only difference with different names: twins or siblings
        return sameUpTo(nikA, nikB, 12) && nameA != null && nameB != null && !Levels.equalIgnoringSpaces(nameA, nameB);
    }

    private static boolean sameUpTo(char[] a, char[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    private int find(int r) {
        while (parent[r] != r) {
            parent[r] = parent[parent[r]];
            r = parent[r];
        }
        return r;
    }

    private void union(int ra, int rb) {
        if (size[ra] < size[rb]) {
            int t = ra; ra = rb; rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        if (nikHead[rb] >= 0) {
            if (nikHead[ra] < 0) {
                nikHead[ra] = nikHead[rb];
            } else {
                nikNext[nikTail[ra]] = nikHead[rb];
            }
            nikTail[ra] = nikTail[rb];
        }
    }

    private static int sortable(float f) {
        int bits = Float.floatToIntBits(f);
        return bits ^ ((bits >> 31) & 0x7fffffff);
    }

    private static CharSequence charSeq(char[] v) {
        return v == null ? null : java.nio.CharBuffer.wrap(v);
    }
}
