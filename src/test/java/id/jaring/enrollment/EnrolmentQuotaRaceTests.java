package id.jaring.enrollment;

import static id.jaring.enrollment.EnrolmentFixtures.lebakFamily;
import static id.jaring.program.ProgramFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.support.TransactionTemplate;

import id.jaring.access.Role;
import id.jaring.audit.AuditTrail;
import id.jaring.audit.EntityRef;
import id.jaring.platform.ValidationFailedException;
import id.jaring.program.Programme;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import id.jaring.registry.HouseholdRegistration;
import id.jaring.support.TestUsers;

/**
 * Two approvers approve two proposals for the last slot of a kab/kota at the same time, each in
 * its own thread and its own database transaction. Both read the quota (one slot left) inside
 * their transaction and wait at a barrier until the other has read it too, before either
 * approves or commits. Exactly one may win.
 */
@SpringBootTest
class EnrolmentQuotaRaceTests {

    static final Authentication MAKER = user(9001, Role.OPERATOR_KABKOTA, null, "36.02");
    static final Authentication CHECKER_A = user(9002, Role.OPERATOR_KABKOTA, null, "36.02");
    static final Authentication CHECKER_B = user(9003, Role.DATA_STEWARD, null, null);

    @Autowired EnrolmentProposals proposals;
    @Autowired Programmes programmes;
    @Autowired Quotas quotas;
    @Autowired HouseholdRegistration registration;
    @Autowired TransactionTemplate tx;
    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;

    @Test
    void twoApproversRacingForTheLastSlotExactlyOneWins() throws Exception {
        Programme p = programmeWithQuotas(programmes, quotas, "36.02", 1);
        Enrolment first = as(MAKER, () -> proposals.propose(new Propose(p.code(), lebakFamily(registration), null, null)));
        Enrolment second = as(MAKER, () -> proposals.propose(new Propose(p.code(), lebakFamily(registration), null, null)));

        CyclicBarrier bothHaveRead = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            outcomes.add(threads.submit(() -> approveAfterBarrier(CHECKER_A, p, first.id(), bothHaveRead)));
            outcomes.add(threads.submit(() -> approveAfterBarrier(CHECKER_B, p, second.id(), bothHaveRead)));
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(120, TimeUnit.SECONDS));   // a guard against a hang, not a timing assertion
            }
            assertThat(results).containsExactlyInAnyOrder("APPROVED", "QUOTA_EXHAUSTED");
        } finally {
            threads.shutdownNow();
        }

        assertThat(jdbc.sql("select count(*) from enrolment where programme_id = :p and status = 'AKTIF'")
                .param("p", p.id()).query(Integer.class).single()).isEqualTo(1);
        assertThat(as(MAKER, () -> quotas.of(p, "36.02")).enrolled()).isEqualTo(1);
        long refused = trail.history(EntityRef.of("ENROLMENT_REFUSAL", "enrolment:" + first.id())).size()
                + trail.history(EntityRef.of("ENROLMENT_REFUSAL", "enrolment:" + second.id())).size();
        assertThat(refused).isEqualTo(1);
    }

    /** In one transaction: read the quota, wait for the other thread to have read it too, approve, commit. */
    private String approveAfterBarrier(Authentication who, Programme p, long enrolmentId, CyclicBarrier barrier) {
        String[] result = new String[1];
        TestUsers.runAs(who, () -> {
            try {
                tx.executeWithoutResult(status -> {
                    assertThat(quotas.of(p, "36.02").remaining()).isEqualTo(1);
                    await(barrier);
                    proposals.approve(enrolmentId);
                });
                result[0] = "APPROVED";
            } catch (ValidationFailedException e) {
                result[0] = e.violations().get(0).code();
            }
        });
        return result[0];
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other approver never read the quota", e);
        }
    }
}
