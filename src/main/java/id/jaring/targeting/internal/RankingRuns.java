package id.jaring.targeting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.jaring.targeting.RankingRun;

/** Reads the table {@code ranking_run}: one row per run, RUNNING until it FINISHED or FAILED (written through {@link id.jaring.platform.RunLog}). */
@Repository
public class RankingRuns {

    private final JdbcClient jdbc;

    RankingRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<RankingRun> find(long id) {
        return jdbc.sql("select * from ranking_run where id = :id").param("id", id).query(RankingRuns::run).optional();
    }

    /** The latest runs, newest first. */
    public List<RankingRun> recent(int limit) {
        return jdbc.sql("select * from ranking_run order by id desc limit :n").param("n", limit)
                .query(RankingRuns::run).list();
    }

    private static RankingRun run(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new RankingRun(rs.getLong("id"), (Integer) rs.getObject("weights_version"),
                RankingRun.Trigger.valueOf(rs.getString("trigger")), rs.getString("trigger_detail"),
                rs.getString("requested_by"), rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(), RankingRun.Status.valueOf(rs.getString("status")),
                (Long) rs.getObject("families"), (Long) rs.getObject("families_incomplete"));
    }
}
