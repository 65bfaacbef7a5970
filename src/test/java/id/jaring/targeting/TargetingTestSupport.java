package id.jaring.targeting;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import id.jaring.access.Role;
import id.jaring.access.SystemActor;
import id.jaring.support.TestUsers;
import id.jaring.targeting.internal.RankingQueue;

/** Runs work as a role, waits for queued ranking runs. A bean of the test context (component scan of id.jaring). */
@Component
public class TargetingTestSupport {

    private final Clock clock;
    private final RankingQueue queue;

    TargetingTestSupport(Clock clock, RankingQueue queue) {
        this.clock = clock;
        this.queue = queue;
    }

    public Clock clock() {
        return clock;
    }

    public <T> T as(Role role, Supplier<T> work) {
        return SystemActor.callAs(TestUsers.as(role, null), work);
    }

    /** Every queued ranking run has finished (a safety limit, not a timing assertion). */
    public void awaitQueuedRuns() {
        queue.awaitIdle(10, TimeUnit.MINUTES);
    }
}
