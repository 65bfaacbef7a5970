package id.jaring.enrollment.readiness;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import id.jaring.enrollment.ReadinessRun;
import id.jaring.intake.BatchCommitted;

/**
 * When readiness is computed again without anyone asking: after an import batch commits (the
 * registry's data changed; after commit only, coalesced by the queue; off with
 * {@code jaring.enrollment.readiness-after-import=false}), and every night
 * ({@code jaring.enrollment.readiness-cron}, default 01:30 Asia/Jakarta, {@code -} for never), which
 * also takes in edits made through the registry's pages (they publish no event).
 */
@Component
class ReadinessTriggers {

    private final ReadinessQueue queue;
    private final boolean afterImport;

    ReadinessTriggers(ReadinessQueue queue, @Value("${jaring.enrollment.readiness-after-import:true}") boolean afterImport) {
        this.queue = queue;
        this.afterImport = afterImport;
    }

    @TransactionalEventListener
    void on(BatchCommitted event) {
        if (afterImport) {
            queue.request(ReadinessRun.Trigger.IMPORT, "batch " + event.batchId(), false);
        }
    }

    @Scheduled(cron = "${jaring.enrollment.readiness-cron:0 30 1 * * *}", zone = "Asia/Jakarta")
    void nightly() {
        queue.request(ReadinessRun.Trigger.SCHEDULE, "nightly", false);
    }
}
