package id.jaring.synth.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class NameNoiseTests {

    private final SplittableRandom r = new SplittableRandom(1);

    @Test
    void aTypoAlwaysChangesTheNameSlightly() {
        for (int i = 0; i < 2_000; i++) {
            String typo = NameNoise.typo(r, "MUHAMMAD RIZKY PRATAMA");
            assertThat(typo).isNotEqualTo("MUHAMMAD RIZKY PRATAMA");
            assertThat(Math.abs(typo.length() - 22)).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void variantsCoverTheUsualSpellings() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 3_000; i++) {
            seen.add(NameNoise.variant(r, "MUHAMMAD RIZKY PRATAMA", true, true));
            seen.add(NameNoise.variant(r, "SITI NURHAYATI", false, false));
            seen.add(NameNoise.variant(r, "H. JAJANG SUKARDI, S.PD", true, true));
        }
        assertThat(seen).contains("M. RIZKY PRATAMA", "MOH. RIZKY PRATAMA", "MUHAMAD RIZKY PRATAMA",
                "MUHAMMAD R. PRATAMA", "H. MUHAMMAD RIZKY PRATAMA", "ST. NURHAYATI", "SITINURHAYATI",
                "JAJANG SUKARDI", "H. DJADJANG SOEKARDI, S.PD");
        assertThat(seen).noneMatch(s -> s.startsWith("HJ. SITI")); // not old enough for a haji title
    }

    @Test
    void caseAndTitleCase() {
        assertThat(NameNoise.titleCase("H. AHMAD FAUZI, S.PD")).isEqualTo("H. Ahmad Fauzi, S.Pd");
        assertThat(NameNoise.oldSpelling("CECEP JUHRI")).isEqualTo("TJETJEP DJOEHRI");
    }

    @Test
    void corruptedNikDiffersInOneOrTwoPlaces() {
        String nik = "3601024508900001";
        for (int i = 0; i < 2_000; i++) {
            String bad = RecordNoise.corruptDigits(r, nik);
            assertThat(bad).hasSize(16).isNotEqualTo(nik).matches("\\d{16}");
            int differences = 0;
            for (int k = 0; k < 16; k++) {
                differences += bad.charAt(k) != nik.charAt(k) ? 1 : 0;
            }
            assertThat(differences).isBetween(1, 2);
        }
    }
}
