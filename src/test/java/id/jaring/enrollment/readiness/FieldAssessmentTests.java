package id.jaring.enrollment.readiness;

import static id.jaring.enrollment.readiness.ReadinessFixtures.PENDAMPING;
import static id.jaring.program.ProgramFixtures.STEWARD;
import static id.jaring.program.ProgramFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import id.jaring.access.Role;
import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditEntry;
import id.jaring.audit.AuditTrail;
import id.jaring.audit.EntityRef;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.program.ProgramFixtures;
import id.jaring.program.Programme;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import id.jaring.registry.Fixtures;
import id.jaring.registry.HouseholdRegistration;
import id.jaring.support.TestUsers;

/**
 * The pendamping's field assessment: KPM families of their own region only, a new version each
 * time (history kept), the family's readiness computed again with the latest, every write and
 * read audited, bad input refused with codes and nothing written.
 */
@SpringBootTest
class FieldAssessmentTests {

    @Autowired FieldAssessments assessments;
    @Autowired FamilyReadiness families;
    @Autowired KpmFamilies kpm;
    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;
    @Autowired Programmes programmes;
    @Autowired Quotas quotas;
    @Autowired HouseholdRegistration registration;
    @Autowired Clock clock;

    static Map<String, Boolean> answers(boolean usaha, boolean pangan, boolean kesehatan, boolean kesiapan) {
        Map<String, Boolean> a = new LinkedHashMap<>();
        a.put("LAPANGAN_USAHA", usaha);
        a.put("LAPANGAN_PANGAN", pangan);
        a.put("LAPANGAN_KESEHATAN", kesehatan);
        a.put("LAPANGAN_KESIAPAN", kesiapan);
        return a;
    }

    long family(String desa) {
        Programme p = ReadinessFixtures.programme(programmes, quotas);
        return ReadinessFixtures.kpmFamily(registration, jdbc, p.id(), desa);
    }

    record Stored(Long assessment, List<String> met) {
    }

    Stored stored(long household) {
        return jdbc.sql("select field_assessment_id, indicators_met from enrolment_readiness where household_id = :h")
                .param("h", household)
                .query((rs, n) -> new Stored((Long) rs.getObject(1), Arrays.asList((String[]) rs.getArray(2).getArray())))
                .single();
    }

    /** The field indicators among those the stored readiness met. */
    List<String> fieldMet(long household) {
        return stored(household).met().stream().filter(i -> i.startsWith("LAPANGAN_")).toList();
    }

    static List<String> codes(Runnable action) {
        try {
            action.run();
        } catch (ValidationFailedException e) {
            return e.violations().stream().map(v -> v.code() + "@" + v.field()).toList();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void eachAssessmentIsANewVersionAndReadinessUsesTheLatest() {
        long h = family(ReadinessFixtures.DESA);
        LocalDate today = LocalDate.now(clock);
        FieldAssessment first = as(PENDAMPING, () -> assessments.record(h,
                new NewFieldAssessment(today.minusDays(3), answers(true, true, true, true), " kunjungan pertama ")));
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.notes()).isEqualTo("kunjungan pertama");
        assertThat(first.assessedBy()).isEqualTo("test-pendamping");
        assertThat(stored(h).assessment()).isEqualTo(first.id());
        assertThat(fieldMet(h)).containsExactly("LAPANGAN_USAHA", "LAPANGAN_PANGAN", "LAPANGAN_KESEHATAN", "LAPANGAN_KESIAPAN");

        FieldAssessment second = as(PENDAMPING, () -> assessments.record(h,
                new NewFieldAssessment(today, answers(false, true, false, true), null)));
        assertThat(second.version()).isEqualTo(2);
        assertThat(stored(h).assessment()).isEqualTo(second.id());
        assertThat(fieldMet(h)).containsExactly("LAPANGAN_PANGAN", "LAPANGAN_KESIAPAN");
        ReadinessExplanation explained = as(PENDAMPING, () -> families.of(h)).explanation();
        assertThat(explained.fieldAssessmentId()).isEqualTo(second.id());
        assertThat(explained.indicatorsMet()).isEqualTo(stored(h).met());
        assertThat(as(PENDAMPING, () -> assessments.history(h))).extracting(FieldAssessment::version).containsExactly(2, 1);
        assertThat(as(PENDAMPING, () -> assessments.history(h)).get(1).answers()).isEqualTo(answers(true, true, true, true));

        List<AuditEntry> created = trail.history(EntityRef.of("FIELD_ASSESSMENT", first.id()));
        assertThat(created).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.CREATE);
            assertThat(e.actor()).isEqualTo("test-pendamping");
            assertThat(e.after()).containsEntry("version", 1).containsEntry("LAPANGAN_USAHA", true);
        });
        assertThat(trail.history(EntityRef.of("HOUSEHOLD", h))).filteredOn(e -> e.action() == AuditAction.READ)
                .extracting(AuditEntry::detail).contains("field assessments", "graduation readiness");
    }

    @Test
    void aFamilyOutsideThePendampingsDesaOrNotAKpmIsNotFound() {
        long own = family(ReadinessFixtures.DESA);
        long other = family(ReadinessFixtures.OTHER_DESA);
        long notKpm = as(STEWARD, () -> registration.register(
                Fixtures.family(ReadinessFixtures.KEC, ReadinessFixtures.DESA, "BUKAN KPM")).id());
        NewFieldAssessment input = new NewFieldAssessment(LocalDate.now(clock), answers(true, true, true, true), null);

        for (long h : new long[] {other, notKpm}) {
            assertThatThrownBy(() -> as(PENDAMPING, () -> assessments.record(h, input))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> as(PENDAMPING, () -> assessments.history(h))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> as(PENDAMPING, () -> families.of(h))).isInstanceOf(NotFoundException.class);
        }
        assertThat(jdbc.sql("select count(*) from field_assessment where household_id in (:h)")
                .param("h", List.of(other, notKpm)).query(Long.class).single()).isZero();
        List<Long> listed = as(PENDAMPING, () -> kpm.page(null, 100)).items().stream().map(FieldFamilyRow::householdId).toList();
        assertThat(listed).contains(own).doesNotContain(other, notKpm);
        // the kab/kota operator of Lebak reaches both KPM families
        assertThat(as(TestUsers.as(Role.OPERATOR_KABKOTA, "36.02"), () -> families.of(other)).family().desaCode())
                .isEqualTo(ReadinessFixtures.OTHER_DESA);
    }

    @Test
    void onlyAPendampingRecordsAndLeadershipReadsNoFamily() {
        long h = family(ReadinessFixtures.DESA);
        NewFieldAssessment input = new NewFieldAssessment(LocalDate.now(clock), answers(true, true, true, true), null);
        assertThatThrownBy(() -> as(STEWARD, () -> assessments.record(h, input))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(ProgramFixtures.user(9301, Role.PIMPINAN, null, null), () -> families.of(h)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badInputIsRefusedWithCodesAndNothingIsWritten() {
        long h = family(ReadinessFixtures.DESA);
        LocalDate today = LocalDate.now(clock);
        Map<String, Boolean> partial = answers(true, true, true, true);
        partial.put("LAPANGAN_PANGAN", null);
        partial.put("DESIL", true);
        assertThat(codes(() -> as(PENDAMPING, () -> assessments.record(h,
                new NewFieldAssessment(today.plusDays(1), partial, "x".repeat(2001))))))
                .containsExactlyInAnyOrder("FIELD_ASSESSMENT_DATE_FUTURE@assessedOn",
                        "FIELD_ASSESSMENT_ANSWER_REQUIRED@answers.LAPANGAN_PANGAN", "READINESS_INDICATOR_UNKNOWN@answers.DESIL",
                        "FIELD_ASSESSMENT_NOTES_TOO_LONG@notes");
        assertThat(codes(() -> as(PENDAMPING, () -> assessments.record(h, new NewFieldAssessment(null, Map.of(), null)))))
                .contains("FIELD_ASSESSMENT_DATE_REQUIRED@assessedOn");
        as(PENDAMPING, () -> assessments.record(h, new NewFieldAssessment(today, answers(true, true, true, true), null)));
        assertThat(codes(() -> as(PENDAMPING, () -> assessments.record(h,
                new NewFieldAssessment(today.minusDays(1), answers(true, true, true, true), null)))))
                .containsExactly("FIELD_ASSESSMENT_DATE_BEFORE_PREVIOUS@assessedOn");
        assertThat(jdbc.sql("select count(*) from field_assessment where household_id = :h").param("h", h)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(ReadinessCodes.class.getFields()).extracting(f -> f.getName())
                .allSatisfy(code -> assertThat(Violation.error(code, null).messageKey()).startsWith("error."));
    }
}
