package id.jaring.targeting;

import org.springframework.stereotype.Service;

import id.jaring.targeting.internal.RankingQueue;
import id.jaring.targeting.internal.RankingRunner;
import id.jaring.targeting.internal.TargetingGuard;

/**
 * Recomputes the welfare ranking of the whole registry: every active family's score and desil
 * with the active weight set, swapped in at once (readers see the previous ranking until the
 * run commits). Runs never overlap (a PostgreSQL advisory lock). Only DATA_STEWARD and ADMIN
 * (and the system user) may start one.
 */
@Service
public class WelfareRanking {

    private final RankingRunner runner;
    private final RankingQueue queue;
    private final TargetingGuard guard;

    WelfareRanking(RankingRunner runner, RankingQueue queue, TargetingGuard guard) {
        this.runner = runner;
        this.queue = queue;
        this.guard = guard;
    }

    /** Runs now, in this thread (waits while another run holds the lock). */
    public RankingRun recompute() {
        guard.steward();
        return runner.run(RankingRun.Trigger.API, null);
    }

    /**
     * Queues a run in the background as the current user. While a run is queued and not yet
     * started, further requests join it (false); one running does not stop one more being queued.
     */
    public boolean requestRecompute() {
        guard.steward();
        return queue.request(RankingRun.Trigger.MANUAL, null, true);
    }
}
