package id.jaring.enrollment.readiness;

import static id.jaring.program.ProgramFixtures.STEWARD;
import static id.jaring.program.ProgramFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import id.jaring.enrollment.GraduationReadiness;
import id.jaring.enrollment.ReadinessRun;
import id.jaring.intake.BatchCommitted;
import id.jaring.program.Programme;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import id.jaring.registry.HouseholdRegistration;

/**
 * Readiness follows the data: an intake commit (BatchCommitted, after commit) computes every KPM
 * again in the background as the system user; a rolled-back commit does nothing.
 */
@SpringBootTest
class ReadinessRecomputeTests {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired GraduationReadiness readiness;
    @Autowired FamilyReadiness families;
    @Autowired ReadinessQueue queue;
    @Autowired Programmes programmes;
    @Autowired Quotas quotas;
    @Autowired HouseholdRegistration registration;

    List<String> met(long household) {
        return jdbc.sql("select indicators_met from enrolment_readiness where household_id = :h").param("h", household)
                .query((rs, n) -> Arrays.asList((String[]) rs.getArray(1).getArray())).single();
    }

    java.util.Optional<ReadinessRun> importRun(long batchId) {
        return jdbc.sql("select id from readiness_run where trigger = 'IMPORT' and trigger_detail = :d")
                .param("d", "batch " + batchId).query(Long.class).optional().flatMap(readiness::run);
    }

    @Test
    void aCommittedImportComputesTheReadinessAgain() {
        Programme p = ReadinessFixtures.programme(programmes, quotas);
        long family = ReadinessFixtures.kpmFamily(registration, jdbc, p.id(), ReadinessFixtures.OTHER_DESA);
        queue.awaitIdle(5, TimeUnit.MINUTES);
        as(STEWARD, readiness::recompute);
        assertThat(met(family)).doesNotContain("PENGHASILAN_PER_KAPITA");

        long batchId = ThreadLocalRandom.current().nextLong(3_000_000_000L, 4_000_000_000L);
        transactions.executeWithoutResult(tx -> {
            ReadinessFixtures.headEarnsWell(jdbc, family);   // what the batch brought
            events.publishEvent(new BatchCommitted(batchId, "DINSOS", 0, 1, 0, Instant.now()));
        });
        queue.awaitIdle(5, TimeUnit.MINUTES);

        ReadinessRun run = importRun(batchId).orElseThrow();
        assertThat(run.status()).isEqualTo(ReadinessRun.Status.FINISHED);
        assertThat(run.requestedBy()).isEqualTo("system");
        assertThat(met(family)).contains("PENGHASILAN_PER_KAPITA", "ANGGOTA_BEKERJA");
        assertThat(met(family)).isEqualTo(as(STEWARD, () -> families.of(family)).explanation().indicatorsMet());
    }

    @Test
    void aRolledBackCommitComputesNothing() {
        long batchId = ThreadLocalRandom.current().nextLong(4_000_000_000L, 5_000_000_000L);
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(new BatchCommitted(batchId, "DINSOS", 1, 0, 1, Instant.now()));
            tx.setRollbackOnly();
        });
        queue.awaitIdle(5, TimeUnit.MINUTES);
        assertThat(importRun(batchId)).isEmpty();
    }
}
