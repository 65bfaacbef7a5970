package id.jaring.linkage.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The bounded Levenshtein against a plain full-matrix reference, on random strings of every shape it treats apart. */
class LevenshteinTests {

    /** Small alphabets make many equal characters (prefix/suffix stripping, many matches); non-ASCII takes the scan path. */
    private static final String[] ALPHABETS = {"AB", "ABCD", "ABCDEFGHIJKLMNOPQRSTUVWXYZ ", "0123456789", "AÉBÑ\u00ff\u0100"};

    @Test
    void agreesWithTheFullMatrixOnRandomStrings() {
        SplittableRandom r = new SplittableRandom(20261126);
        for (int t = 0; t < 20_000; t++) {
            String alphabet = ALPHABETS[r.nextInt(ALPHABETS.length)];
            char[] a = random(r, alphabet, r.nextInt(20));
            char[] b = r.nextInt(3) == 0 ? mutate(r, a, alphabet) : random(r, alphabet, r.nextInt(20));
            check(a, b);
        }
    }

    @Test
    void agreesAroundTheSixtyFourCharacterWordAndBeyond() {
        SplittableRandom r = new SplittableRandom(64);
        for (int t = 0; t < 3_000; t++) {
            String alphabet = ALPHABETS[r.nextInt(ALPHABETS.length)];
            char[] a = random(r, alphabet, 60 + r.nextInt(80));
            char[] b = r.nextBoolean() ? mutate(r, a, alphabet) : random(r, alphabet, a.length + r.nextInt(7) - 3);
            check(a, b);
        }
    }

    @Test
    void knownCases() {
        assertThat(Levenshtein.distance(c("KITTEN"), c("SITTING"), 3)).isEqualTo(3);
        assertThat(Levenshtein.distance(c("KITTEN"), c("SITTING"), 2)).isEqualTo(3);
        assertThat(Levenshtein.distance(c("SITI AMINAH"), c("SITI AMINAH"), 0)).isZero();
        assertThat(Levenshtein.distance(c("SITI AMINAH"), c("SITI AMINNAH"), 0)).isEqualTo(1);
        assertThat(Levenshtein.distance(c("SITI AMINAH"), c("SITI AMINNAH"), 2)).isEqualTo(1);
        assertThat(Levenshtein.distance(c(""), c("AB"), 2)).isEqualTo(2);
        assertThat(Levenshtein.distance(c(""), c("ABC"), 2)).isEqualTo(3);
        assertThat(Levenshtein.distance(c("ABCDEF"), c("FEDCBA"), 10)).isEqualTo(6);
    }

    private static void check(char[] a, char[] b) {
        int full = reference(a, b);
        for (int max = 0; max <= 6; max++) {
            int expected = full <= max ? full : max + 1;
            assertThat(Levenshtein.distance(a, b, max)).as("%s / %s max %d", new String(a), new String(b), max)
                    .isEqualTo(expected);
            assertThat(Levenshtein.distance(b, a, max)).as("%s / %s max %d", new String(b), new String(a), max)
                    .isEqualTo(expected);
        }
        assertThat(Levenshtein.distance(a, b, 1000)).isEqualTo(full);
    }

    /** A few substitutions, insertions and deletions of a. */
    private static char[] mutate(SplittableRandom r, char[] a, String alphabet) {
        StringBuilder s = new StringBuilder(new String(a));
        int edits = r.nextInt(5);
        for (int e = 0; e < edits; e++) {
            int kind = r.nextInt(3);
            char c = alphabet.charAt(r.nextInt(alphabet.length()));
            if (kind == 0 || s.length() == 0) {
                s.insert(r.nextInt(s.length() + 1), c);
            } else if (kind == 1) {
                s.deleteCharAt(r.nextInt(s.length()));
            } else {
                s.setCharAt(r.nextInt(s.length()), c);
            }
        }
        return s.toString().toCharArray();
    }

    private static char[] random(SplittableRandom r, String alphabet, int length) {
        char[] s = new char[Math.max(0, length)];
        for (int i = 0; i < s.length; i++) {
            s[i] = alphabet.charAt(r.nextInt(alphabet.length()));
        }
        return s;
    }

    private static int reference(char[] a, char[] b) {
        int[][] d = new int[a.length + 1][b.length + 1];
        for (int i = 0; i <= a.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }
        return d[a.length][b.length];
    }

    private static char[] c(String s) {
        return s.toCharArray();
    }
}
