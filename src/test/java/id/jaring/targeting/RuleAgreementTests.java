package id.jaring.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;

import id.jaring.access.Scope;
import id.jaring.registry.HouseholdStatus;
import id.jaring.targeting.rules.RuleEvaluator;

/**
 * The SQL compilation and the Java evaluation of the same rule select the same families, on a
 * generated registry of 10,000 families, at two dates that straddle a leap-day birthday
 * (28 February and 1 March of a common year).
 */
@SpringBootTest
class RuleAgreementTests extends OnGeneratedFamilies {

    static final int FAMILIES = 10_000;

    @Override
    int familyCount() {
        return FAMILIES;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "desil <= 4 AND ANY MEMBER (hamil OR umur < 6 OR (sekolah IN (SD, SMP, SMA) AND umur < 21) OR umur >= 60 OR disabilitas = BERAT)",
        "desil IS UNKNOWN OR skor > 50.5",
        "NOT (desil <= 3)",
        "TIDAK (skor ANTARA 10 DAN 20.25) ATAU desil TIDAK DIKETAHUI",
        "ALL MEMBERS (umur >= 18)",
        "COUNT MEMBERS (umur < 18) >= 3",
        "jenis_lantai IN (TANAH, BAMBU) AND sumber_air_minum != LEDENG",
        "ANY MEMBER (umur = 60) OR ANY MEMBER (umur != 6 AND umur BETWEEN 5 AND 7)",
        "ANY MEMBER (umur IN (0, 21, 59, 2, 20))",
        "ANY MEMBER (umur > 17 AND umur <= 20)",
        "NOT aset_lahan OR aset_tabungan IS UNKNOWN",
        "ANY MEMBER (pekerjaan IN ('buruh tani', 'NELAYAN') AND penghasilan < 1.000.000)",
        "ANY MEMBER (jenis_kelamin = P AND hamil) OR ADA ANGGOTA (disabilitas = BERAT)",
        "jumlah_anggota BETWEEN 4 AND 6 AND kabkota != 36.73",
        "TIDAK ADA ANGGOTA (hubungan = KEPALA_KELUARGA)",
        "SEMUA ANGGOTA (sekolah IS KNOWN) OR luas_lantai < 30",
        "ANY MEMBER (NOT umur > 20)",
        "ALL MEMBERS (NOT hamil) AND daya_listrik <= 900 AND NOT jenis_dinding = TEMBOK",
        "ANY MEMBER (status_kawin = KAWIN AND pendidikan IN (SD, SMP) AND umur > 17 AND desil < 6)",
        "COUNT MEMBERS (TIDAK (umur ANTARA 15 DAN 64)) > 1 OR JUMLAH ANGGOTA (penghasilan TIDAK DIKETAHUI) = 2",
        "aset_emas AND aset_ternak >= 2 OR status_bangunan NOT IN (MILIK_SENDIRI) AND fasilitas_bab IS UNKNOWN",
        "jumlah_anggota < 2 OR COUNT MEMBERS (hamil) = 0 AND desil = 1",
        "JUMLAH ANGGOTA (umur < 6) IN (0, 2) AND NOT jumlah_anggota BETWEEN 3 AND 5",
        "COUNT MEMBERS (umur < 18 AND desil < 5) BETWEEN 1 AND 2 AND jumlah_anggota IS KNOWN",
        "NOT (COUNT MEMBERS (disabilitas != TIDAK_ADA) != 1) OR ANY MEMBER (jumlah_anggota = 1 AND umur >= 60)",
    })
    void sqlAndJavaSelectTheSameFamilies(String text) {
        Rule rule = rules.check(text);
        for (LocalDate asOf : List.of(BASE, BASE.plusDays(1))) {
            Set<Long> bySql = bySql(rule, asOf);
            Set<Long> byJava = byJava(rule, asOf);
            assertThat(bySql).as("%s at %s", text, asOf).isEqualTo(byJava);
            // each rule divides the generated families: neither none nor all are selected
            assertThat(bySql.size()).as("%s selects some but not all", text).isBetween(1, FAMILIES - 1);
        }
    }

    Set<Long> bySql(Rule rule, LocalDate asOf) {
        EligibleHouseholds q = Eligibility.query(rule, asOf, Scope.PROVINCE);
        Map<String, Object> params = new HashMap<>(q.params());
        params.put("from", range.from());
        params.put("to", range.to());
        return new TreeSet<>(jdbc.sql("select e.id from (" + q.sql() + ") e where e.id between :from and :to")
                .params(params).query(Long.class).list());
    }

    Set<Long> byJava(Rule rule, LocalDate asOf) {
        return families.stream()
                .filter(f -> f.status() == HouseholdStatus.AKTIF)
                .filter(f -> RuleEvaluator.explain(rule.condition(), rule.text(), f, asOf).result().isTrue())
                .map(FamilySnapshot::householdId)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
