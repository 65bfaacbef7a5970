package id.jaring.enrollment.readiness;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import id.jaring.access.SystemActor;
import id.jaring.enrollment.ReadinessRun;
import id.jaring.platform.CoalescingQueue;

/** Background readiness computations, coalesced on one thread ({@link CoalescingQueue}). */
@Component
public class ReadinessQueue implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReadinessQueue.class);

    private final ReadinessRunner runner;
    private final CoalescingQueue queue = new CoalescingQueue("readiness");

    ReadinessQueue(ReadinessRunner runner) {
        this.runner = runner;
    }

    /**
     * @param asCurrentUser run as the calling user (a button, the API), else as the system user
     * @return true when a new run was queued, false when it joined one already queued
     */
    public boolean request(ReadinessRun.Trigger trigger, String detail, boolean asCurrentUser) {
        return queue.request(SystemActor.boundTo(asCurrentUser, () -> {
            try {
                runner.run(trigger, detail);
            } catch (RuntimeException e) {
                log.warn("queued readiness run ({}) failed: {}", trigger, e.getClass().getSimpleName());
            }
        }));
    }

    /** Waits until every run queued before this call has finished (tests, shutdown). */
    public void awaitIdle(long timeout, TimeUnit unit) {
        queue.awaitIdle(timeout, unit);
    }

    @Override
    public void destroy() throws InterruptedException {
        queue.shutdown();
    }
}
