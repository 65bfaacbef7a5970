package id.jaring.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * "No member satisfies any of the conditions" (natural graduation's question) gives the same
 * families in SQL and in Java on generated families, at two dates straddling a leap-day birthday.
 */
@SpringBootTest
class MemberConditionAgreementTests extends OnGeneratedFamilies {

    static final int FAMILIES = 4_000;

    @Override
    int familyCount() {
        return FAMILIES;
    }

    /** Conditions separated by "|", as a programme's components would carry them. */
    @ParameterizedTest
    @ValueSource(strings = {
        "hamil | umur <= 6 | sekolah = SD AND umur < 21 | sekolah = SMP AND umur < 21 | sekolah = SMA AND umur < 21"
                + " | disabilitas = BERAT | umur >= 60",
        "umur >= 70",
        "sekolah DALAM (SD, SMP, SMA) DAN umur < 21 | umur ANTARA 0 DAN 6",
        "penghasilan < 1.000.000 | NOT umur > 20 | pekerjaan IN ('buruh tani')",
        "hubungan = KEPALA_KELUARGA AND jenis_kelamin = P | status_kawin = CERAI_MATI AND umur >= 45",
    })
    void sqlAndJavaFindTheSameFamiliesWithoutAQualifyingMember(String texts) {
        List<MemberCondition> conditions = Arrays.stream(texts.split("\\|")).map(String::strip)
                .map(rules::checkMemberCondition).toList();
        for (LocalDate asOf : List.of(BASE, BASE.plusDays(1))) {
            Set<Long> bySql = bySql(conditions, asOf);
            Set<Long> byJava = families.stream().filter(f -> MemberConditions.noMemberSatisfies(f, conditions, asOf))
                    .map(FamilySnapshot::householdId).collect(Collectors.toCollection(TreeSet::new));
            assertThat(bySql).as("%s at %s", texts, asOf).isEqualTo(byJava);
            assertThat(bySql.size()).as("%s divides the families", texts).isBetween(1, FAMILIES - 1);
        }
    }

    Set<Long> bySql(List<MemberCondition> conditions, LocalDate asOf) {
        HouseholdPredicate none = MemberConditions.noMemberSatisfies(conditions, asOf, "mc_");
        Map<String, Object> params = new HashMap<>(none.params());
        params.put("from", range.from());
        params.put("to", range.to());
        return new TreeSet<>(jdbc.sql("select h.id from household h where h.id between :from and :to and " + none.sql())
                .params(params).query(Long.class).list());
    }
}
