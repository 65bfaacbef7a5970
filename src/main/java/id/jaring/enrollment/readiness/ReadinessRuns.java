package id.jaring.enrollment.readiness;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.jaring.enrollment.ReadinessRun;

/** Reads the table {@code readiness_run}: one row per computation, RUNNING until it FINISHED or FAILED (written through {@link id.jaring.platform.RunLog}). */
@Repository
public class ReadinessRuns {

    private final JdbcClient jdbc;

    ReadinessRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ReadinessRun> find(long id) {
        return jdbc.sql("select * from readiness_run where id = :id").param("id", id).query(ReadinessRuns::run).optional();
    }

    /** The latest runs, newest first. */
    public List<ReadinessRun> recent(int limit) {
        return jdbc.sql("select * from readiness_run order by id desc limit :n").param("n", limit)
                .query(ReadinessRuns::run).list();
    }

    private static ReadinessRun run(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ReadinessRun(rs.getLong("id"), (Integer) rs.getObject("set_version"),
                ReadinessRun.Trigger.valueOf(rs.getString("trigger")), rs.getString("trigger_detail"),
                rs.getString("requested_by"), rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(), ReadinessRun.Status.valueOf(rs.getString("status")),
                (Long) rs.getObject("enrolments"), (Long) rs.getObject("ready"));
    }
}
