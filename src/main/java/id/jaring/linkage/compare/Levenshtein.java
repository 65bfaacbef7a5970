package id.jaring.linkage.compare;

/**
 * Levenshtein distance with an upper bound, for short strings (names, NIK digits).
 *
 * <p>Three steps, cheapest first: a length difference above the bound answers at once; the
 * common prefix and suffix are stripped (a typo leaves most of a name equal; a one-character
 * remainder is answered by a scan); what is left is
 * compared with the bit-parallel algorithm of Myers as formulated by Hyyrö for the edit distance
 * (one 64-bit word holds a column of the DP matrix, so each character of the longer string costs
 * a dozen word operations instead of a row of cells), stopping as soon as the remaining
 * characters cannot bring the distance back within the bound. Strings whose remainder is longer
 * than 64 characters fall back to the classic DP restricted to the diagonal band of width
 * 2*max+1, with the same early exit.
 */
public final class Levenshtein {

    /** Per thread: for each ASCII character, the bits of the positions where it occurs in the pattern. */
    private static final ThreadLocal<long[]> PEQ = ThreadLocal.withInitial(() -> new long[128]);
    private static final ThreadLocal<int[]> SCRATCH = ThreadLocal.withInitial(() -> new int[256]);

    private Levenshtein() {
    }

    /** The edit distance if it is at most max, else max + 1. */
    public static int distance(char[] a, char[] b, int max) {
        int la = a.length;
        int lb = b.length;
        if (Math.abs(la - lb) > max) {
            return max + 1;
        }
        int start = 0;
        int common = Math.min(la, lb);
        while (start < common && a[start] == b[start]) {
            start++;
        }
        int endA = la;
        int endB = lb;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1]) {
            endA--;
            endB--;
        }
        int m = endA - start;
        int n = endB - start;
        if (m == 0 || n == 0) {
            // one is the other with characters added in one place
            return Math.max(m, n);
        }
        if (max == 0) {
            return 1;
        }
        if (m == 1 || n == 1) {
            // one character against a few (a typo's remainder): keep it if the other side has it
            char[] one = m == 1 ? a : b;
            char[] other = m == 1 ? b : a;
            int len = Math.max(m, n);
            char c = one[start];
            int d = len;
            for (int j = start; j < start + len; j++) {
                if (other[j] == c) {
                    d = len - 1;
                    break;
                }
            }
            return d <= max ? d : max + 1;
        }
        if (m > n) {
            return m <= 64 ? bitParallel(b, a, start, n, m, max) : banded(b, a, start, n, m, max);
        }
        return m <= 64 ? bitParallel(a, b, start, m, n, max) : banded(a, b, start, m, n, max);
    }

    /**
     * Myers/Hyyrö: the pattern p[start, start+m) (m <= 64, the shorter) against the text
     * t[start, start+n). Bit i of pv/mv says the vertical delta D[i+1][j] - D[i][j] is +1/-1;
     * score is D[m][j].
     */
    private static int bitParallel(char[] p, char[] t, int start, int m, int n, int max) {
        long[] peq = PEQ.get();
        for (int i = 0; i < m; i++) {
            char c = p[start + i];
            if (c < 128) {
                peq[c] |= 1L << i;
            }
        }
        long pv = -1L;
        long mv = 0L;
        long last = 1L << (m - 1);
        int score = m;
        int skew = n - m;
        int result = -1;
        for (int j = 0; j < n; j++) {
            char c = t[start + j];
            long eq = c < 128 ? peq[c] : positions(p, start, m, c);
            long xv = eq | mv;
            long xh = (((eq & pv) + pv) ^ pv) | eq;
            long ph = mv | ~(xh | pv);
            long mh = pv & xh;
            if ((ph & last) != 0) {
                score++;
            } else if ((mh & last) != 0) {
                score--;
            }
            ph = (ph << 1) | 1L;
            mh <<= 1;
            pv = mh | ~(xv | ph);
            mv = ph & xv;
            // values never fall along a diagonal: D[m][n] >= D[i][j+1] on the diagonal that ends in
            // (m, n), i = j + 1 - (n - m), and D[i][j+1] = j + 1 + (+1 deltas - -1 deltas of rows < i)
            int i = j + 1 - skew;
            if (i > 0) {
                long rows = i == 64 ? -1L : (1L << i) - 1;
                if (j + 1 + Long.bitCount(pv & rows) - Long.bitCount(mv & rows) > max) {
                    result = max + 1;
                    break;
                }
            }
        }
        for (int i = 0; i < m; i++) {
            char c = p[start + i];
            if (c < 128) {
                peq[c] = 0L;
            }
        }
        if (result >= 0) {
            return result;
        }
        return score <= max ? score : max + 1;
    }

    /** The pattern positions holding a non-ASCII character (rare in names: scanned, not tabled). */
    private static long positions(char[] p, int start, int m, char c) {
        long bits = 0L;
        for (int i = 0; i < m; i++) {
            if (p[start + i] == c) {
                bits |= 1L << i;
            }
        }
        return bits;
    }

    /** Two-row DP inside the band |i - j| <= max, a[start, start+la) the shorter. */
    private static int banded(char[] a, char[] b, int start, int la, int lb, int max) {
        int[] rows = SCRATCH.get();
        if (rows.length < 2 * (lb + 1)) {
            rows = new int[4 * (lb + 1)];
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
            char ca = a[start + i - 1];
            for (int j = from; j <= to; j++) {
                int cost = ca == b[start + j - 1] ? 0 : 1;
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
            int t = previous;
            previous = current;
            current = t;
        }
        int d = rows[previous + lb];
        return d <= max ? d : big;
    }
}
