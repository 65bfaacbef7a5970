package id.jaring.targeting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.jaring.targeting.RankingRun;

/** The table {@code ranking_run}: one row per run, RUNNING until it FINISHED or FAILED. */
@Repository
public class RankingRuns {

    private final JdbcClient jdbc;

    RankingRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long start(int version, RankingRun.Trigger trigger, String detail, String by, Instant at) {
        return jdbc.sql("""
                insert into ranking_run (weights_version, trigger, trigger_detail, requested_by, started_at, status)
                values (:v, :trigger, :detail, :by, :at, 'RUNNING') returning id
                """).param("v", version).param("trigger", trigger.name()).param("detail", detail).param("by", by)
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    void finish(long id, long families, long incomplete, Instant at) {
        jdbc.sql("""
                update ranking_run set status = 'FINISHED', finished_at = :at, families = :f, families_incomplete = :i
                where id = :id
                """).param("id", id).param("at", Timestamp.from(at)).param("f", families).param("i", incomplete).update();
    }

    void fail(long id, String error, Instant at) {
        jdbc.sql("update ranking_run set status = 'FAILED', finished_at = :at, error = :e where id = :id")
                .param("id", id).param("at", Timestamp.from(at)).param("e", error).update();
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
