package id.jaring.targeting.internal;

import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import id.jaring.access.SystemActor;
import id.jaring.platform.CoalescingQueue;
import id.jaring.targeting.RankingRun;

/**
 * Background ranking runs on ONE thread, coalesced: a request while no run is queued queues one;
 * requests while one is queued (not yet started) join it; a request during a run queues exactly
 * one more (the data changed after the running one read it). So ten imports in a row cost at
 * most two runs, and runs of this instance never overlap (across instances the advisory lock
 * of {@link RankingRunner} keeps them apart).
 */
@Component
public class RankingQueue implements DisposableBean {

    private final RankingRunner runner;
    private final CoalescingQueue queue = new CoalescingQueue("ranking");

    RankingQueue(RankingRunner runner) {
        this.runner = runner;
    }

    /**
     * @param asCurrentUser run as the calling user (the page's button), else as the system user
     * @return true when a new run was queued, false when it joined one already queued
     */
    public boolean request(RankingRun.Trigger trigger, String detail, boolean asCurrentUser) {
        return queue.request(trigger + " ranking run", SystemActor.boundTo(asCurrentUser, () -> runner.run(trigger, detail)));
    }

    /** Waits until every run queued before this call has finished (tests, shutdown). */
    public void awaitIdle(long timeout, TimeUnit unit) {
        queue.awaitIdle(timeout, unit);
    }

    /** A run in progress finishes before the application stops (an import command's run too). */
    @Override
    public void destroy() throws InterruptedException {
        queue.shutdown();
    }
}
