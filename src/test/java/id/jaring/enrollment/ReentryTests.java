package id.jaring.enrollment;

import static id.jaring.enrollment.ExitFixtures.*;
import static id.jaring.program.ProgramFixtures.as;
import static id.jaring.program.ProgramFixtures.programmeWithQuotas;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.jaring.audit.AuditEntry;
import id.jaring.audit.AuditTrail;
import id.jaring.audit.EntityRef;
import id.jaring.platform.ValidationFailedException;
import id.jaring.program.Programme;
import id.jaring.program.ProgrammeData;
import id.jaring.program.ProgrammeRules;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import id.jaring.program.SaveRule;
import id.jaring.registry.HouseholdRegistration;

/**
 * A graduated family may not re-enter the programme for its re-entry wait (test programmes: 24
 * months) unless the data steward overrides with a reason. Time is moved by back-dating the
 * finished membership in the database (the Clock stays at today).
 */
@SpringBootTest
class ReentryTests {

    @Autowired EnrolmentProposals proposals;
    @Autowired EnrolmentExits exits;
    @Autowired WaitingList waitingList;
    @Autowired Programmes programmes;
    @Autowired ProgrammeRules rules;
    @Autowired Quotas quotas;
    @Autowired HouseholdRegistration registration;
    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    /** MANDIRI: the pendamping proposes, the kab/kota operator verifies, the owner approves. */
    Enrolment graduate(Programme p, long household) {
        Enrolment kpm = kpm(proposals, p.code(), household);
        EnrolmentExit x = as(PENDAMPING, () -> exits.propose(kpm.id(), new ProposeExit(ExitKind.MANDIRI, "mampu", false)));
        as(VERIFIER, () -> exits.verify(x.id(), null));
        as(OWNER, () -> exits.approve(x.id()));
        return kpm;
    }

    /** Moves the finished membership back in time: it ended on {@code end}. */
    void endedBefore(Enrolment e, LocalDate end) {
        jdbc.sql("update enrolment set start_date = :start, end_date = :end where id = :id")
                .param("start", end.minusYears(3)).param("end", end).param("id", e.id()).update();
    }

    ValidationFailedException refused(Runnable action) {
        try {
            action.run();
        } catch (ValidationFailedException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void aGraduatedFamilyWaitsUnlessTheDataStewardOverridesWithAReason() {
        Programme p = programmeWithQuotas(programmes, quotas, "36.02", 3);
        long h = family(registration);
        graduate(p, h);
        LocalDate today = LocalDate.now(clock);

        ValidationFailedException wait = refused(() -> as(MAKER, () -> proposals.propose(new Propose(p.code(), h, null, null))));
        assertThat(wait.violations().get(0).code()).isEqualTo("ENROLMENT_REENTRY_WAIT");
        assertThat(wait.violations().get(0).args())
                .containsExactly(p.code(), today.toString(), today.plusMonths(24).toString());
        assertThat(refusal(() -> as(MAKER, () -> proposals.propose(new Propose(p.code(), h, null, null, "musdes meminta")))))
                .isEqualTo("ENROLMENT_REENTRY_OVERRIDE_STEWARD_ONLY");
        assertThat(refusal(() -> as(STEWARD, () -> proposals.propose(new Propose(p.code(), h, null, null, "  ")))))
                .isEqualTo("ENROLMENT_REENTRY_WAIT");

        Enrolment again = as(STEWARD, () -> proposals.propose(new Propose(p.code(), h, null, null,
                "usaha keluarga bangkrut akibat banjir")));
        assertThat(again.reentryOverrideReason()).isEqualTo("usaha keluarga bangkrut akibat banjir");
        assertThat(again.reentryOverrideBy()).isEqualTo("user8806");
        List<AuditEntry> created = trail.history(EntityRef.of("ENROLMENT", again.id()));
        assertThat(created).singleElement().satisfies(e -> {
            assertThat(e.after()).containsEntry("reentryOverrideReason", "usaha keluarga bangkrut akibat banjir");
            assertThat(e.detail()).contains("re-entry wait overridden");
        });
        assertThat(trail.history(EntityRef.of("ENROLMENT_REFUSAL", p.code() + ":" + h)))
                .extracting(e -> e.after().get("code"))
                .containsExactly("ENROLMENT_REENTRY_WAIT", "ENROLMENT_REENTRY_OVERRIDE_STEWARD_ONLY", "ENROLMENT_REENTRY_WAIT");
        assertThat(as(CHECKER, () -> proposals.approve(again.id())).status()).isEqualTo(EnrolmentStatus.AKTIF);
    }

    @Test
    void theWaitEndsExactlyTheConfiguredMonthsAfterTheGraduation() {
        String desa = "36.02.17.2007";
        Programme p = programmeWithQuotas(programmes, quotas, "36.02", 3);
        as(STEWARD, () -> rules.save(p.code(), new SaveRule("desa = '" + desa + "'", null)));
        long h = family(registration, desa);
        Enrolment graduated = graduate(p, h);
        LocalDate today = LocalDate.now(clock);
        assertThat(as(MAKER, () -> waitingList.page(p.code(), "36.02", null, 10)).items()).extracting(WaitingListEntry::householdId)
                .doesNotContain(h);

        endedBefore(graduated, today.minusMonths(24).plusDays(1));   // one day short of 24 months
        assertThat(refusal(() -> as(MAKER, () -> proposals.propose(new Propose(p.code(), h, null, null)))))
                .isEqualTo("ENROLMENT_REENTRY_WAIT");
        assertThat(as(MAKER, () -> waitingList.page(p.code(), "36.02", null, 10)).items()).extracting(WaitingListEntry::householdId)
                .doesNotContain(h);

        endedBefore(graduated, today.minusMonths(24));
        assertThat(as(MAKER, () -> waitingList.page(p.code(), "36.02", null, 10)).items()).extracting(WaitingListEntry::householdId)
                .contains(h);
        Enrolment back = as(MAKER, () -> proposals.propose(new Propose(p.code(), h, null, null)));
        assertThat(back.reentryOverrideReason()).isNull();
    }

    @Test
    void exitsThatAreNoGraduationAndProgrammesWithoutAWaitLetTheFamilyBackAtOnce() {
        Programme p = programmeWithQuotas(programmes, quotas, "36.02", 3);
        long withdrew = family(registration);
        Enrolment kpm = kpm(proposals, p.code(), withdrew);
        EnrolmentExit x = as(PENDAMPING, () -> exits.propose(kpm.id(),
                new ProposeExit(ExitKind.MENGUNDURKAN_DIRI, "bekerja di luar kota", true)));
        as(OWNER, () -> exits.approve(x.id()));
        assertThat(as(MAKER, () -> proposals.propose(new Propose(p.code(), withdrew, null, null))).status())
                .isEqualTo(EnrolmentStatus.DIUSULKAN);

        Programme noWait = programmeWithQuotas(programmes, quotas, "36.02", 3);
        as(STEWARD, () -> programmes.update(noWait.code(), new ProgrammeData(noWait.code(), noWait.name(),
                noWait.ownerAgency(), noWait.periodStart(), noWait.periodEnd(), noWait.maxDurationMonths(),
                noWait.componentCap(), noWait.status(), null, noWait.automaticExits())));
        long h = family(registration);
        graduate(noWait, h);
        assertThat(as(MAKER, () -> proposals.propose(new Propose(noWait.code(), h, null, null))).status())
                .isEqualTo(EnrolmentStatus.DIUSULKAN);
    }
}
