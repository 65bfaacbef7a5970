package id.jaring.enrollment.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.jaring.registry.Disability;
import id.jaring.registry.HouseholdStatus;
import id.jaring.registry.Relationship;
import id.jaring.registry.SchoolEnrolment;
import id.jaring.registry.Sex;
import id.jaring.registry.Welfare;
import id.jaring.targeting.FamilySnapshot;
import id.jaring.targeting.MemberSnapshot;

/** One family's readiness in Java: values, exact thresholds, missing data, the label. */
class ReadinessRulesTests {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    static final Welfare DECENT = new Welfare(null, 40, Welfare.Floor.KERAMIK, Welfare.Wall.TEMBOK, Welfare.Roof.GENTENG,
            null, null, null, null, Welfare.Toilet.SENDIRI, false, 0, null, null, null, false, true);

    static MemberSnapshot member(long id, Relationship r, LocalDate born, SchoolEnrolment school, String work, Long income) {
        return new MemberSnapshot(id, "X", r, Sex.L, born, false, school, null, Disability.TIDAK_ADA, work, income, null);
    }

    /** Head (PETANI, Rp2.000.000), wife (homemaker, Rp0), a child of 10 in SD: Rp666.666,67 per person. */
    static FamilySnapshot family(Welfare welfare) {
        return new FamilySnapshot(1, "3602000000000001", "36.02", "36.02.03.2006", HouseholdStatus.AKTIF, welfare, null, null,
                List.of(member(1, Relationship.KEPALA_KELUARGA, LocalDate.of(1985, 5, 5), null, "PETANI", 2_000_000L),
                        member(2, Relationship.ISTRI, LocalDate.of(1988, 6, 6), null, " mengurus rumah tangga", 0L),
                        member(3, Relationship.ANAK, LocalDate.of(2017, 1, 1), SchoolEnrolment.SD, null, null)));
    }

    static ReadinessSet set(String incomeThreshold, String readyFrom, boolean workRequired) {
        List<IndicatorWeight> weights = new ArrayList<>(ReadinessFixtures.spreadingSet("t").indicators());
        weights.set(0, ReadinessFixtures.weight("PENGHASILAN_PER_KAPITA", "25", incomeThreshold, true));
        weights.set(1, ReadinessFixtures.weight("ANGGOTA_BEKERJA", "15", "1", workRequired));
        return new ReadinessSet(7, null, "t", new BigDecimal(readyFrom), "steward", Instant.EPOCH, true, weights);
    }

    static FieldAssessment assessment(boolean usaha, boolean pangan, boolean kesehatan, boolean kesiapan) {
        return new FieldAssessment(42, 1, 3, "36.02", "36.02.03.2006", TODAY, Map.of("LAPANGAN_USAHA", usaha,
                "LAPANGAN_PANGAN", pangan, "LAPANGAN_KESEHATAN", kesehatan, "LAPANGAN_KESIAPAN", kesiapan), null, "p",
                Instant.EPOCH);
    }

    static IndicatorResult result(ReadinessExplanation x, ReadinessIndicator indicator) {
        return x.indicators().stream().filter(r -> r.indicator() == indicator).findFirst().orElseThrow();
    }

    @Test
    void incomePerCapitaIsComparedExactlyWithTheThreshold() {
        ReadinessExplanation under = ReadinessRules.explain(family(DECENT), null, set("666667", "50", false), TODAY);
        ReadinessExplanation at = ReadinessRules.explain(family(DECENT), null, set("666666", "50", false), TODAY);
        assertThat(result(under, ReadinessIndicator.PENGHASILAN_PER_KAPITA).value()).isEqualByComparingTo("666666.67");
        // 3 x 666,667 = 2,000,001 > 2,000,000; 3 x 666,666 = 1,999,998 <= 2,000,000 (no rounding decides)
        assertThat(result(under, ReadinessIndicator.PENGHASILAN_PER_KAPITA).met()).isFalse();
        assertThat(result(at, ReadinessIndicator.PENGHASILAN_PER_KAPITA).met()).isTrue();
    }

    @Test
    void readyFromTheThresholdScoreWhenEveryRequiredIndicatorIsMet() {
        // income 25 + work 15 + housing 10 + school 10 + assets (savings only: 1 of 2) 0 + field 10 + 10 + 5 + 0 = 85
        FieldAssessment field = assessment(true, true, true, false);
        ReadinessExplanation atThreshold = ReadinessRules.explain(family(DECENT), field, set("600000", "85", false), TODAY);
        assertThat(atThreshold.score()).isEqualByComparingTo("85");
        assertThat(atThreshold.maxScore()).isEqualByComparingTo("100");
        assertThat(atThreshold.label()).isEqualTo(ReadinessLabel.SIAP);
        assertThat(ReadinessRules.explain(family(DECENT), field, set("600000", "85.01", false), TODAY).label())
                .isEqualTo(ReadinessLabel.BELUM_SIAP);
        // a required indicator not met: not ready whatever the score
        ReadinessExplanation poor = ReadinessRules.explain(family(DECENT), field, set("700000", "50", false), TODAY);
        assertThat(poor.score()).isEqualByComparingTo("60");
        assertThat(poor.label()).isEqualTo(ReadinessLabel.BELUM_SIAP);
        assertThat(atThreshold.fieldAssessmentId()).isEqualTo(42L);
        assertThat(atThreshold.indicatorsMet()).containsExactly("PENGHASILAN_PER_KAPITA", "ANGGOTA_BEKERJA", "RUMAH_LAYAK",
                "ANAK_SEKOLAH", "LAPANGAN_USAHA", "LAPANGAN_PANGAN", "LAPANGAN_KESEHATAN");
    }

    @Test
    void missingDataMeetsNothingAndIsCounted() {
        FamilySnapshot unknown = new FamilySnapshot(2, "3602000000000002", "36.02", "36.02.03.2006", HouseholdStatus.AKTIF,
                Welfare.UNKNOWN, null, null, List.of(
                        member(1, Relationship.KEPALA_KELUARGA, LocalDate.of(1980, 1, 1), null, "  ", null),
                        member(2, Relationship.ANAK, LocalDate.of(2015, 1, 1), null, null, null)));
        ReadinessExplanation x = ReadinessRules.explain(unknown, null, set("684232", "10", false), TODAY);
        assertThat(x.indicatorsMissing()).isEqualTo(9);
        assertThat(x.indicators()).allSatisfy(r -> {
            assertThat(r.missing()).isTrue();
            assertThat(r.met()).isFalse();
        });
        assertThat(x.score()).isEqualByComparingTo("0");
        assertThat(x.label()).isEqualTo(ReadinessLabel.BELUM_SIAP);
    }

    @Test
    void occupationsAndAgesAreReadOnTheBoundaries() {
        LocalDate eighteenToday = TODAY.minusYears(18);
        LocalDate nineteenToday = TODAY.minusYears(19);
        FamilySnapshot f = new FamilySnapshot(3, "3602000000000003", "36.02", "36.02.03.2006", HouseholdStatus.AKTIF, DECENT,
                null, null, List.of(
                        member(1, Relationship.KEPALA_KELUARGA, LocalDate.of(1960, 1, 1), null, "Pensiunan\t", 1_000_000L),
                        member(2, Relationship.ANAK, eighteenToday, null, " buruh harian lepas ", null),
                        member(3, Relationship.ANAK, eighteenToday.plusDays(1), SchoolEnrolment.TIDAK_SEKOLAH, "BURUH", null),
                        member(4, Relationship.ANAK, nineteenToday.plusDays(1), SchoolEnrolment.SMA, null, null),
                        member(5, Relationship.ANAK, nineteenToday, null, null, null)));
        ReadinessExplanation x = ReadinessRules.explain(f, null, set("100000", "10", false), TODAY);
        // the pensioner does not count; the one who turns 18 today does; the one who turns 18 tomorrow is no adult
        assertThat(result(x, ReadinessIndicator.ANGGOTA_BEKERJA).value()).isEqualByComparingTo("1");
        // school age (7 to 18): members 2, 3 and 4, and member 2's schooling is unknown; member 5 turned 19 today
        assertThat(result(x, ReadinessIndicator.ANAK_SEKOLAH).missing()).isTrue();
    }

    @Test
    void aFamilyWithoutSchoolAgeChildrenHasNoneOutOfSchool() {
        FamilySnapshot elderly = new FamilySnapshot(4, "3602000000000004", "36.02", "36.02.03.2006", HouseholdStatus.AKTIF,
                DECENT, null, null, List.of(member(1, Relationship.KEPALA_KELUARGA, LocalDate.of(1950, 1, 1), null,
                        "PETANI", 900_000L)));
        IndicatorResult school = result(ReadinessRules.explain(elderly, null, set("684232", "10", false), TODAY),
                ReadinessIndicator.ANAK_SEKOLAH);
        assertThat(school.value()).isEqualByComparingTo("100");
        assertThat(school.met()).isTrue();
    }
}
