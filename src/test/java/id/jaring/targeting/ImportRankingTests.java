package id.jaring.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import id.jaring.intake.BatchCommitted;
import id.jaring.targeting.internal.RankingRuns;

/**
 * An intake commit publishes BatchCommitted in its transaction; after the commit the ranking
 * reruns in the background as the system user. A rolled-back commit triggers nothing.
 */
@SpringBootTest
class ImportRankingTests {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HouseholdRanks ranks;
    @Autowired
    TargetingTestSupport support;
    @Autowired
    RankingRuns runs;

    @Test
    void aCommittedBatchRanksTheRegistryAgain() {
        support.awaitQueuedRuns(); // nothing queued by earlier tests that this request would join
        long batchId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
        long family = transactions.execute(tx -> {
            long id = new RankFamilies(jdbc).household(RankFamilies.LEBAK_DESA);
            events.publishEvent(new BatchCommitted(batchId, "DINSOS", 1, 0, 1, Instant.now()));
            return id;
        });
        support.awaitQueuedRuns();

        RankingRun run = jdbc.sql("select id from ranking_run where trigger = 'IMPORT' and trigger_detail = :d")
                .param("d", "batch " + batchId).query(Long.class).optional()
                .flatMap(runs::find).orElseThrow();
        assertThat(run.status()).isEqualTo(RankingRun.Status.FINISHED);
        assertThat(run.requestedBy()).isEqualTo("system");
        // the family the batch brought is ranked
        assertThat(ranks.of(family)).isPresent();
    }

    @Test
    void aRolledBackCommitTriggersNothing() {
        long batchId = ThreadLocalRandom.current().nextLong(2_000_000_000L, 3_000_000_000L);
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(new BatchCommitted(batchId, "DINSOS", 1, 0, 1, Instant.now()));
            tx.setRollbackOnly();
        });
        support.awaitQueuedRuns();
        assertThat(jdbc.sql("select count(*) from ranking_run where trigger_detail = :d").param("d", "batch " + batchId)
                .query(Long.class).single()).isZero();
    }
}
