package id.jaring.targeting.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;

import id.jaring.platform.RunLog;
import id.jaring.targeting.RankingRun;

/** The table {@code ranking_run}: one row per run, RUNNING until it FINISHED or FAILED (see {@link RunLog}). */
@Repository
public class RankingRuns {

    private final RunLog log;

    RankingRuns(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.log = new RunLog(jdbc, transactionManager, new RunLog.Table("ranking_run", "weights_version", "families", "families_incomplete"));
    }

    /** Writes the runs (the runner). */
    RunLog log() {
        return log;
    }

    public Optional<RankingRun> find(long id) {
        return log.find(id).map(RankingRuns::run);
    }

    /** The latest runs, newest first. */
    public List<RankingRun> recent(int limit) {
        return log.recent(limit).stream().map(RankingRuns::run).toList();
    }

    private static RankingRun run(RunLog.Row r) {
        return new RankingRun(r.id(), r.version(), RankingRun.Trigger.valueOf(r.trigger()), r.triggerDetail(), r.requestedBy(),
                r.startedAt(), r.finishedAt(), RankingRun.Status.valueOf(r.status()), r.first(), r.second());
    }
}
