package id.jaring.targeting.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import id.jaring.access.SystemActor;
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

    private static final Logger log = LoggerFactory.getLogger(RankingQueue.class);

    private final RankingRunner runner;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "ranking");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    RankingQueue(RankingRunner runner) {
        this.runner = runner;
    }

    /**
     * @param asCurrentUser run as the calling user (the page's button), else as the system user
     * @return true when a new run was queued, false when it joined one already queued
     */
    public boolean request(RankingRun.Trigger trigger, String detail, boolean asCurrentUser) {
        if (!queued.compareAndSet(false, true)) {
            return false;
        }
        Authentication user = asCurrentUser ? SecurityContextHolder.getContext().getAuthentication() : null;
        executor.execute(() -> {
            queued.set(false);
            try {
                if (user == null) {
                    SystemActor.run(() -> runner.run(trigger, detail));
                } else {
                    SystemActor.callAs(user, () -> runner.run(trigger, detail));
                }
            } catch (RuntimeException e) {
                log.warn("queued ranking run ({}) failed: {}", trigger, e.getClass().getSimpleName());
            }
        });
        return true;
    }

    /** Waits until every run queued before this call has finished (tests, shutdown). */
    public void awaitIdle(long timeout, TimeUnit unit) {
        try {
            executor.submit(() -> { }).get(timeout, unit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("ranking queue did not drain", e);
        }
    }

    /** A run in progress finishes before the application stops (an import command's run too). */
    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.MINUTES)) {
            executor.shutdownNow();
        }
    }
}
