package id.jaring.enrollment.readiness;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.jaring.enrollment.ReadinessRun;

/** The table {@code readiness_run}: one row per computation, RUNNING until it FINISHED or FAILED. */
@Repository
public class ReadinessRuns {

    private final JdbcClient jdbc;

    ReadinessRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long start(int version, ReadinessRun.Trigger trigger, String detail, String by, Instant at) {
        return jdbc.sql("""
                insert into readiness_run (set_version, trigger, trigger_detail, requested_by, started_at, status)
                values (:v, :trigger, :detail, :by, :at, 'RUNNING') returning id
                """).param("v", version).param("trigger", trigger.name()).param("detail", detail).param("by", by)
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    void finish(long id, long enrolments, long ready, Instant at) {
        jdbc.sql("update readiness_run set status = 'FINISHED', finished_at = :at, enrolments = :e, ready = :r where id = :id")
                .param("id", id).param("at", Timestamp.from(at)).param("e", enrolments).param("r", ready).update();
    }

    void fail(long id, String error, Instant at) {
        jdbc.sql("update readiness_run set status = 'FAILED', finished_at = :at, error = :e where id = :id")
                .param("id", id).param("at", Timestamp.from(at)).param("e", error).update();
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
