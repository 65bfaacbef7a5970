package id.jaring.enrollment.readiness;

import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import id.jaring.access.SystemActor;
import id.jaring.enrollment.ReadinessRun;
import id.jaring.platform.CoalescingQueue;

/** Background readiness computations, coalesced on one thread ({@link CoalescingQueue}). */
@Component
public class ReadinessQueue implements DisposableBean {

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
        return queue.request(trigger + " readiness run", SystemActor.boundTo(asCurrentUser, () -> runner.run(trigger, detail)));
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
