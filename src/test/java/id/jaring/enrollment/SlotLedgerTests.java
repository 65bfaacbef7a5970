package id.jaring.enrollment;

import static id.jaring.enrollment.ExitFixtures.*;
import static id.jaring.program.ProgramFixtures.as;
import static id.jaring.program.ProgramFixtures.programmeWithQuotas;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.support.TransactionTemplate;

import id.jaring.access.Role;
import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditTrail;
import id.jaring.audit.EntityRef;
import id.jaring.platform.NotFoundException;
import id.jaring.program.ProgramFixtures;
import id.jaring.program.Programme;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import id.jaring.registry.HouseholdRegistration;
import id.jaring.support.TestUsers;

/** Numbered slots: the lowest free number at approval, freed by an approved exit, and the ledger of who held each. */
@SpringBootTest
class SlotLedgerTests {

    @Autowired EnrolmentProposals proposals;
    @Autowired EnrolmentExits exits;
    @Autowired Enrolments enrolments;
    @Autowired Programmes programmes;
    @Autowired Quotas quotas;
    @Autowired SlotLedger ledger;
    @Autowired HouseholdRegistration registration;
    @Autowired AuditTrail trail;
    @Autowired TransactionTemplate tx;

    void dies(Enrolment kpm) {
        EnrolmentExit x = as(VERIFIER, () -> exits.propose(kpm.id(), new ProposeExit(ExitKind.MENINGGAL, "satu-satunya pengurus meninggal", false)));
        as(OWNER, () -> exits.approve(x.id()));
    }

    @Test
    void approvalsTakeTheLowestFreeSlotAndTheLedgerKeepsWhoHeldItFromWhenToWhenAndWhy() {
        Programme p = programmeWithQuotas(programmes, quotas, "36.02", 3);   // no rule: no automatic replacement
        long a = family(registration);
        long b = family(registration);
        long c = family(registration, ProgramFixtures.LEBAK_DESA);   // outside the pendamping's kecamatan
        Enrolment ea = kpm(proposals, p.code(), a);
        Enrolment eb = kpm(proposals, p.code(), b);
        Enrolment ec = kpm(proposals, p.code(), c);
        assertThat(List.of(ea.slotNo(), eb.slotNo(), ec.slotNo())).containsExactly(1, 2, 3);

        dies(eb);
        long d = family(registration);
        Enrolment ed = kpm(proposals, p.code(), d);
        assertThat(ed.slotNo()).isEqualTo(2);

        SlotLedgerPage all = as(OWNER, () -> ledger.page(p.code(), "36.02", null, 10));
        assertThat(all.quota()).isEqualTo(3);
        assertThat(all.enrolled()).isEqualTo(3);
        assertThat(all.last()).isTrue();
        assertThat(all.slots()).extracting(LedgerSlot::slotNo).containsExactly(1, 2, 3);
        assertThat(all.slots().get(1).holdings()).extracting(SlotHolding::householdId).containsExactly(b, d);
        assertThat(all.slots().get(1).holdings().get(0).exitKind()).isEqualTo(ExitKind.MENINGGAL);

        // the pendamping of Cikulur sees its families only; slot 3 is occupied by someone it may not see
        SlotLedgerPage scoped = as(PENDAMPING, () -> ledger.page(p.code(), "36.02", null, 10));
        assertThat(scoped.slots().get(2).occupied()).isTrue();
        assertThat(scoped.slots().get(2).holdings()).isEmpty();
        assertThat(scoped.slots().get(0).holdings()).extracting(SlotHolding::householdId).containsExactly(a);
        assertThatThrownBy(() -> as(SERANG_PENDAMPING, () -> ledger.page(p.code(), "36.02", null, 10)))
                .isInstanceOf(NotFoundException.class);

        SlotLedgerPage first = as(OWNER, () -> ledger.page(p.code(), "36.02", null, 2));
        assertThat(first.nextAfter()).isEqualTo(2);
        assertThat(as(OWNER, () -> ledger.page(p.code(), "36.02", first.nextAfter(), 2)).slots())
                .extracting(LedgerSlot::slotNo).containsExactly(3);

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        as(OWNER, () -> {
            ledger.exportCsv(p.code(), "36.02", csv);
            return null;
        });
        List<String> lines = csv.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFslot,occupied,no_kk,enrolment_id,household_id,start_date,end_date,exit_kind,exit_id,replaces_enrolment_id");
        assertThat(lines).hasSize(5);   // a; b then d in slot 2; c
        assertThat(lines.get(2)).startsWith("2,true,").contains(",MENINGGAL,").contains(String.valueOf(eb.id()));
        assertThat(trail.history(EntityRef.of("SLOT_LEDGER", p.code() + ":36.02"))).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.READ));
    }

    @Test
    void twoApproversRacingForTwoFreeSlotsTakeDifferentNumbers() throws Exception {
        Programme p = programmeWithQuotas(programmes, quotas, "36.02", 2);
        Enrolment first = as(MAKER, () -> proposals.propose(new Propose(p.code(), family(registration), null, null)));
        Enrolment second = as(MAKER, () -> proposals.propose(new Propose(p.code(), family(registration), null, null)));
        Authentication checkerB = ProgramFixtures.user(8810, Role.DATA_STEWARD, null, null);
        CyclicBarrier bothHaveRead = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            runs.add(threads.submit(() -> approveAfterBarrier(CHECKER, p, first.id(), bothHaveRead)));
            runs.add(threads.submit(() -> approveAfterBarrier(checkerB, p, second.id(), bothHaveRead)));
            for (Future<?> run : runs) {
                run.get(120, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(List.of(as(OWNER, () -> enrolments.get(first.id())).slotNo(),
                as(OWNER, () -> enrolments.get(second.id())).slotNo())).containsExactlyInAnyOrder(1, 2);
    }

    /** In one transaction: read the quota, wait for the other approver to have read it too, approve, commit. */
    private void approveAfterBarrier(Authentication who, Programme p, long enrolmentId, CyclicBarrier barrier) {
        TestUsers.runAs(who, () -> tx.executeWithoutResult(status -> {
            assertThat(quotas.of(p, "36.02").remaining()).isEqualTo(2);
            try {
                barrier.await(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the other approver never read the quota", e);
            }
            proposals.approve(enrolmentId);
        }));
    }
}
