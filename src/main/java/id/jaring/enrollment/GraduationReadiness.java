package id.jaring.enrollment;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import id.jaring.enrollment.readiness.ReadinessGuard;
import id.jaring.enrollment.readiness.ReadinessQueue;
import id.jaring.enrollment.readiness.ReadinessRunner;
import id.jaring.enrollment.readiness.ReadinessRuns;

/**
 * Graduation readiness computations for other modules (the benchmark, jobs) and the pages: every
 * AKTIF enrolment's score and label under the active version, replaced whole by each run
 * (set-based SQL; runs never overlap). DATA_STEWARD, ADMIN and the system user only, else
 * {@code AccessDeniedException}. Reads of the runs are open to every role.
 */
@Service
public class GraduationReadiness {

    private static final int RUNS_MAX = 100;

    private final ReadinessGuard guard;
    private final ReadinessQueue queue;
    private final ReadinessRuns runs;
    private final ReadinessRunner runner;

    GraduationReadiness(ReadinessGuard guard, ReadinessQueue queue, ReadinessRuns runs,
            ReadinessRunner runner) {
        this.guard = guard;
        this.queue = queue;
        this.runs = runs;
        this.runner = runner;
    }

    /** Computes now, in the caller's thread (waits while another run holds the lock). */
    public ReadinessRun recompute() {
        guard.steward();
        return runner.run(ReadinessRun.Trigger.MANUAL, "synchronous");
    }

    /** Queues a background computation as the current user; false when it joined one already queued. */
    public boolean requestRecompute(ReadinessRun.Trigger trigger) {
        guard.steward();
        return queue.request(trigger, null, true);
    }

    public Optional<ReadinessRun> run(long id) {
        return runs.find(id);
    }

    /** The latest runs, newest first (at most 100). */
    public List<ReadinessRun> recentRuns(int limit) {
        return runs.recent(Math.max(1, Math.min(limit, RUNS_MAX)));
    }
}
