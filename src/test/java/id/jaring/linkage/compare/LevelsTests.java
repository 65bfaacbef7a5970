package id.jaring.linkage.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class LevelsTests {

    private static char[] c(String s) {
        return s == null ? null : s.toCharArray();
    }

    @Test
    void jaroWinklerKnownValues() {
        assertThat(JaroWinkler.similarity("MARTHA", "MARHTA")).isCloseTo(0.9611, within(1e-4));
        assertThat(JaroWinkler.similarity("DWAYNE", "DUANE")).isCloseTo(0.84, within(1e-4));
        assertThat(JaroWinkler.similarity("DIXON", "DICKSONX")).isCloseTo(0.8133, within(1e-4));
        assertThat(JaroWinkler.similarity("ABC", "ABC")).isEqualTo(1.0);
        assertThat(JaroWinkler.similarity("ABC", "XYZ")).isEqualTo(0.0);
        assertThat(JaroWinkler.similarity("", "")).isEqualTo(1.0);
    }

    @Test
    void boundedLevenshteinAgreesWithTheFullOneWithinTheBound() {
        SplittableRandom r = new SplittableRandom(3);
        for (int t = 0; t < 2000; t++) {
            char[] a = random(r);
            char[] b = random(r);
            int full = fullLevenshtein(a, b);
            for (int max = 0; max <= 4; max++) {
                int bounded = Levenshtein.distance(a, b, max);
                assertThat(bounded).isEqualTo(full <= max ? full : max + 1);
            }
        }
        assertThat(Levenshtein.distance(c("KITTEN"), c("SITTING"), 3)).isEqualTo(3);
        assertThat(Levenshtein.distance(c("KITTEN"), c("SITTING"), 2)).isEqualTo(3);
    }

    private static char[] random(SplittableRandom r) {
        char[] s = new char[r.nextInt(9)];
        for (int i = 0; i < s.length; i++) {
            s[i] = (char) ('A' + r.nextInt(4));
        }
        return s;
    }

    private static int fullLevenshtein(char[] a, char[] b) {
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

    @Test
    void nameLevels() {
        double[] t = {0.95, 0.9, 0.8};
        assertThat(Levels.name(c("NUR AINI"), c("NURAINI"), t)).as("run together").isEqualTo(1);
        assertThat(Levels.name(c("AMINAH SITI"), c("SITI AMINAH"), t)).as("word order").isEqualTo(2);
        assertThat(Levels.name(c("SITI AMINAH"), c("SITI AMINAHH"), t)).as("one typo").isEqualTo(2);
        assertThat(Levels.name(c("DEWI M KURNIASIH"), c("DEWI MELATI KURNIASIH"), t)).as("initial").isLessThanOrEqualTo(3);
        assertThat(Levels.name(c("BUDI SANTOSO"), c("AHMAD FAUZI"), t)).isEqualTo(5);
        assertThat(Levels.name(null, c("AHMAD"), t)).isEqualTo(Levels.NULL);
    }

    @Test
    void dateLevels() {
        assertThat(Levels.date(20120306, 20120306)).isEqualTo(Levels.DATE_EXACT);
        assertThat(Levels.date(20120306, 20120603)).isEqualTo(Levels.DATE_SWAPPED);
        assertThat(Levels.date(20120306, 20120307)).isEqualTo(Levels.DATE_ONE_COMPONENT);
        assertThat(Levels.date(20120306, 20130306)).isEqualTo(Levels.DATE_ONE_COMPONENT);
        assertThat(Levels.date(20120306, 20121108)).isEqualTo(Levels.DATE_SAME_YEAR);
        assertThat(Levels.date(20120306, 19990101)).isEqualTo(Levels.DATE_ELSE);
        assertThat(Levels.date(0, 19990101)).isEqualTo(Levels.NULL);
    }

    @Test
    void nikLevels() {
        assertThat(Levels.nik(c("3603135105230001"), c("3603135105230001"))).isEqualTo(Levels.NIK_EXACT);
        assertThat(Levels.nik(c("3603135105230001"), c("3603135105230010"))).isEqualTo(Levels.NIK_TRANSPOSITION);
        assertThat(Levels.nik(c("3603135105230001"), c("3603135105320001"))).isEqualTo(Levels.NIK_TRANSPOSITION);
        assertThat(Levels.nik(c("3603135105230001"), c("3603131505230001"))).as("across region and date")
                .isEqualTo(Levels.NIK_TRANSPOSITION);
        assertThat(Levels.nik(c("3603135105230001"), c("3603125105230001"))).as("kecamatan 13 / 12")
                .isEqualTo(Levels.NIK_REGION_SLIP);
        assertThat(Levels.nik(c("3671105004090001"), c("3671015004090001"))).as("kecamatan 10 / 01")
                .isEqualTo(Levels.NIK_REGION_SLIP);
        assertThat(Levels.nik(c("3603135105230001"), c("3603135105280001"))).isEqualTo(Levels.NIK_ONE_DIGIT);
        assertThat(Levels.nik(c("3603135105230001"), c("3601225105230017"))).isEqualTo(Levels.NIK_SAME_DATE_PART);
        assertThat(Levels.nik(c("3603135105230001"), c("3603131105230001"))).as("sex code").isEqualTo(Levels.NIK_ELSE);
        assertThat(Levels.nik(c("3603135105230001"), c("3671020202020002"))).isEqualTo(Levels.NIK_ELSE);
        assertThat(Levels.nik(null, c("3671020202020002"))).isEqualTo(Levels.NULL);
    }

    @Test
    void digitAndRegionLevels() {
        assertThat(Levels.digits(c("3603130504250001"), c("3603130504250001"))).isEqualTo(Levels.DIGITS_EXACT);
        assertThat(Levels.digits(c("3603130504250001"), c("3603130504250007"))).isEqualTo(Levels.DIGITS_ONE_SLIP);
        assertThat(Levels.digits(c("4223"), c("423"))).isEqualTo(Levels.DIGITS_ONE_SLIP);
        assertThat(Levels.digits(c("3603130504250001"), c("3671130504250099"))).isEqualTo(Levels.DIGITS_ELSE);
        int[] bounds = {10, 6, 4};
        assertThat(Levels.prefix(c("3603132003"), c("3603132003"), bounds)).isEqualTo(1);
        assertThat(Levels.prefix(c("3603132003"), c("3603132005"), bounds)).isEqualTo(2);
        assertThat(Levels.prefix(c("3603132003"), c("3603192005"), bounds)).isEqualTo(3);
        assertThat(Levels.prefix(c("3603132003"), c("3671192005"), bounds)).isEqualTo(4);
        assertThat(Levels.exact(c("L"), c("L"))).isEqualTo(1);
        assertThat(Levels.exact(c("L"), c("P"))).isEqualTo(2);
    }

    @Test
    void householdLevels() {
        char[] kk = c("3603130504250001");
        assertThat(Levels.household(kk, kk, c("3603132003"), c("3671011001"), null, null)).isEqualTo(Levels.HOUSEHOLD_SAME_KK);
        assertThat(Levels.household(kk, c("3603130504250009"), c("3603132003"), c("3603132003"), c("KP CIKEMBANG"),
                c("KP CIKEMBANG"))).isEqualTo(Levels.HOUSEHOLD_SAME_ADDRESS);
        assertThat(Levels.household(null, kk, c("3603132003"), c("3603132003"), c("KP CIKEMBANG"), c("JL MANGGA NO 7")))
                .isEqualTo(Levels.HOUSEHOLD_SAME_DESA);
        assertThat(Levels.household(null, kk, c("3603132003"), c("3603132004"), null, null)).isEqualTo(Levels.HOUSEHOLD_SAME_KECAMATAN);
        assertThat(Levels.household(null, kk, c("3603132003"), c("3671132004"), null, null)).isEqualTo(Levels.HOUSEHOLD_ELSE);
        assertThat(Levels.household(null, kk, null, c("3671132004"), null, null)).isEqualTo(Levels.NULL);
    }
}
