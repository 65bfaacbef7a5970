package id.jaring.linkage.compare;

/**
 * Levenshtein distance with an upper bound: the computation stays inside the diagonal band of
 * width 2*max+1 and stops as soon as every cell of a row exceeds the bound.
 */
public final class Levenshtein {

    private static final ThreadLocal<int[]> SCRATCH = ThreadLocal.withInitial(() -> new int[128]);

    private Levenshtein() {
    }

    /** The edit distance if it is at most max, else max + 1. */
    public static int distance(char[] a, char[] b, int max) {
        int la = a.length;
        int lb = b.length;
        if (Math.abs(la - lb) > max) {
            return max + 1;
        }
        if (la > lb) {
            char[] t = a; a = b; b = t;
            int l = la; la = lb; lb = l;
        }
        if (la == 0) {
            return lb <= max ? lb : max + 1;
        }
        int[] rows = SCRATCH.get();
        if (rows.length < 2 * (lb + 1)) {
            rows = new int[2 * (lb + 1) * 2];
            SCRATCH.set(rows);
        }
        int previous = 0;
        int current = lb + 1;
        int big = max + 1;
        for (int j = 0; j <= lb; j++) {
            rows[previous + j] = j <= max ? j : big;
        }
        for (int i = 1; i <= la; i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(lb, i + max);
            rows[current] = i <= max ? i : big;
            if (from > 1) {
                rows[current + from - 1] = big;
            }
            int rowMin = rows[current];
            char ca = a[i - 1];
            for (int j = from; j <= to; j++) {
                int cost = ca == b[j - 1] ? 0 : 1;
                int v = Math.min(Math.min(rows[previous + j] + 1, rows[current + j - 1] + 1), rows[previous + j - 1] + cost);
                v = Math.min(v, big);
                rows[current + j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (to < lb) {
                rows[current + to + 1] = big;
            }
            if (rowMin > max) {
                return big;
            }
            int t = previous; previous = current; current = t;
        }
        int d = rows[previous + lb];
        return d <= max ? d : big;
    }
}
