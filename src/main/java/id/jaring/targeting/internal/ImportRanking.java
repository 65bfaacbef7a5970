package id.jaring.targeting.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import id.jaring.intake.BatchCommitted;
import id.jaring.targeting.RankingRun;

/**
 * After an import batch commits, the ranking of the whole registry is recomputed in the
 * background as the system user. After commit only (a rolled-back commit changes nothing); the
 * queue coalesces imports that follow each other. Switch off with
 * {@code jaring.targeting.rank-after-import=false} (e.g. to load many batches first).
 */
@Component
class ImportRanking {

    private final RankingQueue queue;
    private final boolean enabled;

    ImportRanking(RankingQueue queue, @Value("${jaring.targeting.rank-after-import:true}") boolean enabled) {
        this.queue = queue;
        this.enabled = enabled;
    }

    @TransactionalEventListener
    void on(BatchCommitted event) {
        if (enabled) {
            queue.request(RankingRun.Trigger.IMPORT, "batch " + event.batchId(), false);
        }
    }
}
