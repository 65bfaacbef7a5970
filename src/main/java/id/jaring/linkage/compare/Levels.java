package id.jaring.linkage.compare;

import java.util.Arrays;

import id.jaring.linkage.standardise.Dates;

/**
 * Graded comparison levels of two standardised values. Level 0 always means "missing on one
 * side" (no evidence); level 1 is the closest agreement; the highest level is plain disagreement.
 */
public final class Levels {

    public static final int NULL = 0;

    /** Date levels. */
    public static final int DATE_EXACT = 1, DATE_SWAPPED = 2, DATE_ONE_COMPONENT = 3, DATE_SAME_YEAR = 4, DATE_ELSE = 5;
    /**
     * NIK levels. A slip in the first six digits (the region of first registration) is its own level:
     * two people born on the same day with serial 0001 in neighbouring kecamatan differ only there,
     * so it is much weaker evidence than a slip in the date or serial.
     */
    public static final int NIK_EXACT = 1, NIK_TRANSPOSITION = 2, NIK_ONE_DIGIT = 3, NIK_REGION_SLIP = 4,
            NIK_SAME_DATE_PART = 5, NIK_ELSE = 6;
    /** Levels of digit strings (No. KK, postcode, ids): exact, one slip, else. */
    public static final int DIGITS_EXACT = 1, DIGITS_ONE_SLIP = 2, DIGITS_ELSE = 3;

    private static final int[] DESA_KECAMATAN = {10, 6};
    private static final ThreadLocal<int[]> TOKENS = ThreadLocal.withInitial(() -> new int[64]);

    private Levels() {
    }

    public static int exact(char[] a, char[] b) {
        if (a == null || b == null) {
            return NULL;
        }
        return Arrays.equals(a, b) ? 1 : 2;
    }

    /** 1 exact, then one level per Jaro-Winkler threshold (descending), then disagreement. */
    public static int string(char[] a, char[] b, double[] thresholds) {
        if (a == null || b == null) {
            return NULL;
        }
        if (Arrays.equals(a, b)) {
            return 1;
        }
        return band(JaroWinkler.similarity(a, b), thresholds);
    }

    /**
     * Person names: 1 when equal ignoring spaces (run-together names), then one level per threshold of
     * the better of whole-name Jaro-Winkler and a symmetric best-token similarity (word order, dropped
     * or abbreviated words), then disagreement.
     */
    public static int name(char[] a, char[] b, double[] thresholds) {
        if (a == null || b == null) {
            return NULL;
        }
        if (equalIgnoringSpaces(a, b)) {
            return 1;
        }
        return band(nameSimilarity(a, b), thresholds);
    }

    /** 1 exact, then edit distance at most each bound (ascending), then disagreement. */
    public static int levenshtein(char[] a, char[] b, int[] bounds) {
        if (a == null || b == null) {
            return NULL;
        }
        if (Arrays.equals(a, b)) {
            return 1;
        }
        int d = Levenshtein.distance(a, b, bounds[bounds.length - 1]);
        for (int i = 0; i < bounds.length; i++) {
            if (d <= bounds[i]) {
                return 2 + i;
            }
        }
        return 2 + bounds.length;
    }

    /** 1 when the first lengths[0] characters agree, 2 for lengths[1], ...; then disagreement (region codes). */
    public static int prefix(char[] a, char[] b, int[] lengths) {
        if (a == null || b == null) {
            return NULL;
        }
        int common = 0;
        int n = Math.min(a.length, b.length);
        while (common < n && a[common] == b[common]) {
            common++;
        }
        for (int i = 0; i < lengths.length; i++) {
            if (common >= lengths[i] && (a.length >= lengths[i] && b.length >= lengths[i])) {
                return 1 + i;
            }
        }
        return 1 + lengths.length;
    }

    public static int date(int a, int b) {
        if (a == 0 || b == 0) {
            return NULL;
        }
        if (a == b) {
            return DATE_EXACT;
        }
        if (Dates.swapped(a, b)) {
            return DATE_SWAPPED;
        }
        int same = (Dates.year(a) == Dates.year(b) ? 1 : 0) + (Dates.month(a) == Dates.month(b) ? 1 : 0)
                + (Dates.day(a) == Dates.day(b) ? 1 : 0);
        if (same == 2) {
            return DATE_ONE_COMPONENT;
        }
        return Dates.year(a) == Dates.year(b) ? DATE_SAME_YEAR : DATE_ELSE;
    }

    public static int nik(char[] a, char[] b) {
        if (a == null || b == null) {
            return NULL;
        }
        if (a.length != b.length) {
            return NIK_ELSE;
        }
        int diffs = 0;
        int first = -1;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                if (first < 0) {
                    first = i;
                }
                diffs++;
            }
        }
        if (diffs == 0) {
            return NIK_EXACT;
        }
        boolean inRegion = a.length == 16 && first < 6;
        if (diffs == 1) {
            // the tens of the day differing by 4 is the sex code (day + 40), not a slip: another person
            boolean sexCode = a.length == 16 && first == 6 && Math.abs(a[6] - b[6]) == 4;
            return sexCode ? NIK_ELSE : inRegion ? NIK_REGION_SLIP : NIK_ONE_DIGIT;
        }
        if (diffs == 2 && first + 1 < a.length && a[first] == b[first + 1] && a[first + 1] == b[first]) {
            return inRegion && first + 1 < 6 ? NIK_REGION_SLIP : NIK_TRANSPOSITION;
        }
        if (a.length == 16) {
            boolean sameDate = true;
            for (int i = 6; i < 12 && sameDate; i++) {
                sameDate = a[i] == b[i];
            }
            if (sameDate) {
                return NIK_SAME_DATE_PART;
            }
        }
        return NIK_ELSE;
    }

    /** Digit strings: exact, one slip (a changed, missing or extra digit, or neighbours exchanged), else. */
    public static int digits(char[] a, char[] b) {
        if (a == null || b == null) {
            return NULL;
        }
        if (Arrays.equals(a, b)) {
            return DIGITS_EXACT;
        }
        if (a.length == b.length) {
            int level = nik(a, b);
            return level == NIK_ONE_DIGIT || level == NIK_TRANSPOSITION || level == NIK_REGION_SLIP ? DIGITS_ONE_SLIP
                    : DIGITS_ELSE;
        }
        return Levenshtein.distance(a, b, 1) <= 1 ? DIGITS_ONE_SLIP : DIGITS_ELSE;
    }

    /** Household levels. */
    public static final int HOUSEHOLD_SAME_KK = 1, HOUSEHOLD_SAME_ADDRESS = 2, HOUSEHOLD_SAME_DESA = 3,
            HOUSEHOLD_SAME_KECAMATAN = 4, HOUSEHOLD_ELSE = 5;

    /**
     * Where two people live: same No. KK; else same desa (10-digit code) and an address with
     * Jaro-Winkler at least 0.9; same desa; same kecamatan; else. Null when neither the KK nor the
     * region is known on both sides.
     */
    public static int household(char[] kkA, char[] kkB, char[] regionA, char[] regionB, char[] addressA, char[] addressB) {
        if (kkA != null && kkB != null && Arrays.equals(kkA, kkB)) {
            return HOUSEHOLD_SAME_KK;
        }
        if (regionA == null || regionB == null) {
            return kkA != null && kkB != null ? HOUSEHOLD_ELSE : NULL;
        }
        int region = prefix(regionA, regionB, DESA_KECAMATAN);
        if (region == 1) {
            boolean sameAddress = addressA != null && addressB != null
                    && (Arrays.equals(addressA, addressB) || JaroWinkler.similarity(addressA, addressB) >= 0.9);
            return sameAddress ? HOUSEHOLD_SAME_ADDRESS : HOUSEHOLD_SAME_DESA;
        }
        return region == 2 ? HOUSEHOLD_SAME_KECAMATAN : HOUSEHOLD_ELSE;
    }

    public static int band(double similarity, double[] thresholds) {
        for (int i = 0; i < thresholds.length; i++) {
            if (similarity >= thresholds[i]) {
                return 2 + i;
            }
        }
        return 2 + thresholds.length;
    }

    public static boolean equalIgnoringSpaces(char[] a, char[] b) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.length && a[i] == ' ') {
                i++;
            }
            while (j < b.length && b[j] == ' ') {
                j++;
            }
            if (i == a.length || j == b.length) {
                return i == a.length && j == b.length;
            }
            if (a[i++] != b[j++]) {
                return false;
            }
        }
    }

    /** The better of whole-name Jaro-Winkler and the symmetric mean of each word's best match in the other name. */
    public static double nameSimilarity(char[] a, char[] b) {
        double whole = JaroWinkler.similarity(a, b);
        int[] t = TOKENS.get();
        int na = tokens(a, t, 0);
        int nb = tokens(b, t, 32);
        if (na == 0 || nb == 0 || (na == 1 && nb == 1)) {
            return whole;
        }
        double sum = 0;
        for (int i = 0; i < na; i++) {
            sum += best(a, t[2 * i], t[2 * i + 1], b, t, 32, nb);
        }
        for (int j = 0; j < nb; j++) {
            sum += best(b, t[32 + 2 * j], t[32 + 2 * j + 1], a, t, 0, na);
        }
        return Math.max(whole, sum / (na + nb));
    }

    private static double best(char[] a, int from, int to, char[] b, int[] t, int offset, int n) {
        double best = 0;
        for (int j = 0; j < n; j++) {
            int bf = t[offset + 2 * j];
            int bt = t[offset + 2 * j + 1];
            double s;
            if ((to - from == 1 || bt - bf == 1) && a[from] == b[bf]) {
                s = 0.85; // an initial agrees with the word it abbreviates
            } else {
                s = JaroWinkler.similarity(a, from, to, b, bf, bt);
            }
            if (s > best) {
                best = s;
            }
        }
        return best;
    }

    /** Word boundaries of s into t[offset...] as (from, to) pairs; at most 16 words. */
    private static int tokens(char[] s, int[] t, int offset) {
        int n = 0;
        int i = 0;
        while (i < s.length && n < 16) {
            while (i < s.length && s[i] == ' ') {
                i++;
            }
            if (i == s.length) {
                break;
            }
            int start = i;
            while (i < s.length && s[i] != ' ') {
                i++;
            }
            t[offset + 2 * n] = start;
            t[offset + 2 * n + 1] = i;
            n++;
        }
        return n;
    }
}
