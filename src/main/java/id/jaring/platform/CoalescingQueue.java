package id.jaring.platform;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background recomputations of a whole table (the welfare ranking, graduation readiness) on ONE
 * thread, coalesced: a request while none is queued queues its work; requests while one is queued
 * (not yet started) join it; a request during a run queues exactly one more (the data changed after
 * the running one read it). So ten imports in a row cost at most two runs, and runs of one queue
 * never overlap. A failed run is logged (the exception's class only: no personal data in logs) and
 * the queue goes on.
 */
public final class CoalescingQueue {

    private static final Logger log = LoggerFactory.getLogger(CoalescingQueue.class);

    private final ExecutorService executor;
    private final AtomicBoolean queued = new AtomicBoolean();

    public CoalescingQueue(String threadName) {
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * @param what names the work in the log when it fails
     * @return true when the work was queued, false when the request joined work already queued
     */
    public boolean request(String what, Runnable work) {
        if (!queued.compareAndSet(false, true)) {
            return false;
        }
        executor.execute(() -> {
            queued.set(false);
            try {
                work.run();
            } catch (RuntimeException e) {
                log.warn("queued {} failed: {}", what, e.getClass().getSimpleName());
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
            throw new IllegalStateException("queue did not drain", e);
        }
    }

    /** A run in progress finishes before the application stops. */
    public void shutdown() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.MINUTES)) {
            executor.shutdownNow();
        }
    }
}
