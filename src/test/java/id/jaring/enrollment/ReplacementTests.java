package id.jaring.enrollment;

import static id.jaring.enrollment.ExitFixtures.*;
import static id.jaring.program.ProgramFixtures.as;
import static id.jaring.program.ProgramFixtures.programmeWithQuotas;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.jaring.audit.AuditEntry;
import id.jaring.audit.AuditTrail;
import id.jaring.audit.EntityRef;
import id.jaring.program.Programme;
import id.jaring.program.ProgrammeRules;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import id.jaring.program.SaveRule;
import id.jaring.registry.HouseholdRegistration;

/**
 * Every approved exit hands its slot on: the system proposes the next family of the waiting list.
 * Each test has a desa of its own (Cikulur, Lebak), named by its programme's rule, so that its
 * waiting list holds its own families only.
 */
@SpringBootTest
class ReplacementTests {

    @Autowired EnrolmentProposals proposals;
    @Autowired EnrolmentExits exits;
    @Autowired Exits reads;
    @Autowired Enrolments enrolments;
    @Autowired Programmes programmes;
    @Autowired ProgrammeRules rules;
    @Autowired Quotas quotas;
    @Autowired SlotLedger ledger;
    @Autowired WaitingList waitingList;
    @Autowired HouseholdRegistration registration;
    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    Programme programme(String desa, int quota) {
        Programme p = programmeWithQuotas(programmes, quotas, "36.02", quota);
        as(STEWARD, () -> rules.save(p.code(), new SaveRule("desa = '" + desa + "' AND desil <= 4", null)));
        return p;
    }

    long ranked(String desa, int desil, String score) {
        long h = family(registration, desa);
        rank(jdbc, h, desil, score);
        return h;
    }

    /** The owner approves a withdrawal the pendamping proposed. */
    void leaves(Enrolment kpm) {
        EnrolmentExit x = as(PENDAMPING, () -> exits.propose(kpm.id(),
                new ProposeExit(ExitKind.MENGUNDURKAN_DIRI, "pindah kerja ke Jakarta", true)));
        as(OWNER, () -> exits.approve(x.id()));
    }

    List<Enrolment> replacementsOf(Enrolment ended) {
        return as(OWNER, () -> reads.replacementsOf(ended.id()));
    }

    @Test
    void theNextFamilyOfTheWaitingListIsProposedAndTakesTheFreedSlot() {
        String desa = "36.02.17.2003";
        Programme p = programme(desa, 2);
        long first = ranked(desa, 1, "10.000");
        long second = ranked(desa, 1, "20.000");
        long poorest = ranked(desa, 1, "5.000");
        long richer = ranked(desa, 3, "1.000");
        long notEligible = ranked(desa, 6, "1.000");
        Enrolment a = kpm(proposals, p.code(), first);
        Enrolment b = kpm(proposals, p.code(), second);
        assertThat(List.of(a.slotNo(), b.slotNo())).containsExactly(1, 2);

        leaves(a);
        Enrolment proposed = replacementsOf(a).get(0);
        assertThat(proposed.householdId()).isEqualTo(poorest);   // desil 1, the lowest score
        assertThat(proposed.status()).isEqualTo(EnrolmentStatus.DIUSULKAN);
        assertThat(proposed.proposedBy()).isEqualTo("system");
        assertThat(proposed.replacesEnrolmentId()).isEqualTo(a.id());
        assertThat(trail.history(EntityRef.of("ENROLMENT_REPLACEMENT", a.id()))).singleElement()
                .satisfies(e -> {
                    assertThat(e.after()).containsEntry("outcome", "PROPOSED");
                    assertThat(String.valueOf(e.after().get("proposedEnrolmentId"))).isEqualTo(String.valueOf(proposed.id()));
                });

        // a person approves it (maker-checker: the system proposed); it takes the slot it replaces
        Enrolment enrolled = as(CHECKER, () -> proposals.approve(proposed.id()));
        assertThat(enrolled.status()).isEqualTo(EnrolmentStatus.AKTIF);
        assertThat(enrolled.slotNo()).isEqualTo(a.slotNo());
        assertThat(as(OWNER, () -> quotas.of(p, "36.02")).enrolled()).isEqualTo(2);

        SlotLedgerPage page = as(OWNER, () -> ledger.page(p.code(), "36.02", null, 10));
        assertThat(page.slotCount()).isEqualTo(2);
        LedgerSlot slot1 = page.slots().get(0);
        assertThat(slot1.occupied()).isTrue();
        assertThat(slot1.holdings()).extracting(SlotHolding::householdId).containsExactly(first, poorest);
        SlotHolding left = slot1.holdings().get(0);
        assertThat(left.startDate()).isEqualTo(LocalDate.now(clock));
        assertThat(left.endDate()).isEqualTo(LocalDate.now(clock));
        assertThat(left.exitKind()).isEqualTo(ExitKind.MENGUNDURKAN_DIRI);
        assertThat(left.exitId()).isNotNull();
        assertThat(slot1.holdings().get(1).replacesEnrolmentId()).isEqualTo(a.id());
        assertThat(slot1.holdings().get(1).endDate()).isNull();
        // the family that withdrew is back in line (a withdrawal starts no re-entry wait), the richer one after it
        assertThat(as(OWNER, () -> waitingList.page(p.code(), "36.02", null, 10)).items())
                .extracting(WaitingListEntry::householdId).containsExactly(first, richer).doesNotContain(notEligible);
    }

    @Test
    void aRejectedReplacementIsFollowedByTheNextFamilyNeverTheOneThatLeft() {
        String desa = "36.02.17.2004";
        Programme p = programme(desa, 1);
        long leaving = ranked(desa, 1, "1.000");   // the poorest: back on the list after a withdrawal
        long next = ranked(desa, 2, "10.000");
        long after = ranked(desa, 2, "20.000");
        Enrolment kpm = kpm(proposals, p.code(), leaving);
        leaves(kpm);
        Enrolment proposed = replacementsOf(kpm).get(0);
        assertThat(proposed.householdId()).isEqualTo(next);

        as(CHECKER, () -> proposals.reject(proposed.id(), "keluarga menolak"));
        List<Enrolment> all = replacementsOf(kpm);
        assertThat(all).extracting(Enrolment::householdId).containsExactly(next, after);
        assertThat(all.get(1).status()).isEqualTo(EnrolmentStatus.DIUSULKAN);
    }

    @Test
    void theQuotaHoldsWhenAReplacementAndAnotherProposalCompeteForTheFreedSlot() {
        String desa = "36.02.17.2005";
        Programme p = programme(desa, 1);
        Enrolment kpm = kpm(proposals, p.code(), ranked(desa, 1, "1.000"));
        long next = ranked(desa, 2, "10.000");
        long other = ranked(desa, 4, "90.000");
        leaves(kpm);
        Enrolment replacement = replacementsOf(kpm).get(0);
        assertThat(replacement.householdId()).isEqualTo(next);
        Enrolment manual = as(MAKER, () -> proposals.propose(new Propose(p.code(), other, null, "musdes")));

        as(CHECKER, () -> proposals.approve(manual.id()));
        assertThat(refusal(() -> as(CHECKER, () -> proposals.approve(replacement.id())))).isEqualTo("QUOTA_EXHAUSTED");
        assertThat(as(OWNER, () -> quotas.of(p, "36.02")).enrolled()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from enrolment where programme_id = :p and status = 'AKTIF'")
                .param("p", p.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aProgrammeWithoutARuleHasNoWaitingListAndSaysSo() {
        Programme p = programmeWithQuotas(programmes, quotas, "36.02", 1);
        Enrolment kpm = kpm(proposals, p.code(), family(registration));
        leaves(kpm);
        assertThat(replacementsOf(kpm)).isEmpty();
        List<AuditEntry> outcome = trail.history(EntityRef.of("ENROLMENT_REPLACEMENT", kpm.id()));
        assertThat(outcome).singleElement().satisfies(e -> assertThat(e.after()).containsEntry("outcome", "NO_WAITING_LIST"));
        assertThat(outcome.get(0).actor()).isEqualTo("system");
    }

    @Test
    void anAutomaticDecisionHandsTheSlotOnToo() {
        String desa = "36.02.17.2006";
        Programme p = programme(desa, 1);
        as(STEWARD, () -> programmes.update(p.code(), new id.jaring.program.ProgrammeData(p.code(), p.name(),
                p.ownerAgency(), p.periodStart(), p.periodEnd(), p.maxDurationMonths(), p.componentCap(), p.status(),
                p.reentryWaitMonths(), id.jaring.program.AutomaticExits.KEPUTUSAN)));
        Enrolment kpm = kpm(proposals, p.code(), ranked(desa, 1, "1.000"));
        long next = ranked(desa, 2, "1.000");
        exits.proposeAutomatic(kpm.id(), ExitKind.BATAS_WAKTU, Map.of(), LocalDate.now(clock));
        assertThat(replacementsOf(kpm)).extracting(Enrolment::householdId).containsExactly(next);
        // the event publication registry kept the event and marks the listener's run complete (a failed run stays to be resubmitted)
        assertThat(jdbc.sql("""
                select count(*) from event_publication
                where event_type = 'id.jaring.enrollment.EnrolmentEnded' and completion_date is not null
                  and (serialized_event::jsonb ->> 'enrolmentId')::bigint = :e
                """).param("e", kpm.id()).query(Integer.class).single()).isEqualTo(1);
    }
}
