package id.jaring.linkage.compare;

/**
 * Jaro-Winkler similarity on char arrays (or ranges of them), without allocation: the matched
 * flags live in a per-thread scratch buffer. Prefix scale 0.1, prefix up to 4, boost above 0.7.
 */
public final class JaroWinkler {

    private static final ThreadLocal<boolean[]> SCRATCH = ThreadLocal.withInitial(() -> new boolean[256]);

    private JaroWinkler() {
    }

    public static double similarity(char[] a, char[] b) {
        return similarity(a, 0, a.length, b, 0, b.length);
    }

    public static double similarity(String a, String b) {
        return similarity(a.toCharArray(), b.toCharArray());
    }

    /** Similarity of a[aFrom, aTo) and b[bFrom, bTo). */
    public static double similarity(char[] a, int aFrom, int aTo, char[] b, int bFrom, int bTo) {
        int la = aTo - aFrom;
        int lb = bTo - bFrom;
        if (la == 0 || lb == 0) {
            return la == lb ? 1.0 : 0.0;
        }
        if (la > lb) { // a is the shorter one
            char[] t = a; a = b; b = t;
            int f = aFrom; aFrom = bFrom; bFrom = f;
            int e = aTo; aTo = bTo; bTo = e;
            int l = la; la = lb; lb = l;
        }
        int window = Math.max(0, lb / 2 - 1);
        boolean[] scratch = SCRATCH.get();
        if (scratch.length < la + lb) {
            scratch = new boolean[Math.max(la + lb, scratch.length * 2)];
            SCRATCH.set(scratch);
        }
        // scratch[0, la) flags matched chars of a, scratch[la, la+lb) those of b
        int matches = 0;
        for (int i = 0; i < la; i++) {
            char c = a[aFrom + i];
            int lo = Math.max(0, i - window);
            int hi = Math.min(lb - 1, i + window);
            for (int j = lo; j <= hi; j++) {
                if (!scratch[la + j] && b[bFrom + j] == c) {
                    scratch[i] = true;
                    scratch[la + j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            clear(scratch, la + lb);
            return 0.0;
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < la; i++) {
            if (scratch[i]) {
                while (!scratch[la + j]) {
                    j++;
                }
                if (a[aFrom + i] != b[bFrom + j]) {
                    transpositions++;
                }
                j++;
            }
        }
        clear(scratch, la + lb);
        double m = matches;
        double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
        if (jaro <= 0.7) {
            return jaro;
        }
        int prefix = 0;
        int max = Math.min(4, la);
        while (prefix < max && a[aFrom + prefix] == b[bFrom + prefix]) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }

    private static void clear(boolean[] scratch, int n) {
        for (int i = 0; i < n; i++) {
            scratch[i] = false;
        }
    }
}
