package id.jaring.enrollment.readiness;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;

import id.jaring.platform.RunLog;
import id.jaring.enrollment.ReadinessRun;

/** The table {@code readiness_run}: one row per run, RUNNING until it FINISHED or FAILED (see {@link RunLog}). */
@Repository
public class ReadinessRuns {

    private final RunLog log;

    ReadinessRuns(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.log = new RunLog(jdbc, transactionManager, new RunLog.Table("readiness_run", "set_version", "enrolments", "ready"));
    }

    /** Writes the runs (the runner). */
    RunLog log() {
        return log;
    }

    public Optional<ReadinessRun> find(long id) {
        return log.find(id).map(ReadinessRuns::run);
    }

    /** The latest runs, newest first. */
    public List<ReadinessRun> recent(int limit) {
        return log.recent(limit).stream().map(ReadinessRuns::run).toList();
    }

    private static ReadinessRun run(RunLog.Row r) {
        return new ReadinessRun(r.id(), r.version(), ReadinessRun.Trigger.valueOf(r.trigger()), r.triggerDetail(), r.requestedBy(),
                r.startedAt(), r.finishedAt(), ReadinessRun.Status.valueOf(r.status()), r.first(), r.second());
    }
}
