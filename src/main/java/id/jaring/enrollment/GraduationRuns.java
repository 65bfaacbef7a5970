package id.jaring.enrollment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;

import id.jaring.platform.RunLog;

/**
 * The table {@code graduation_run} (the bookkeeping of {@link RunLog}: RUNNING, FINISHED, FAILED,
 * the run's advisory lock) with the per-kind counts, and {@code graduation_tahap}, the tahap ends
 * whose natural graduation a run has applied.
 */
@Repository
class GraduationRuns {

    private final RunLog log;
    private final JdbcClient jdbc;

    GraduationRuns(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.log = new RunLog(jdbc, transactionManager, new RunLog.Table("graduation_run", "programmes", "created", "skipped"));
    }

    RunLog log() {
        return log;
    }

    /** The per-kind counts and the programme lists, in the run's transaction (with {@link RunLog#finish}). */
    void details(long id, LocalDate asOf, GraduationRun.KindCounts timeLimit, GraduationRun.KindCounts natural,
            String tahapApplied, String notAssessed) {
        jdbc.sql("""
                update graduation_run set as_of = :asOf, batas_proposed = :bp, batas_decided = :bd, batas_skipped = :bs,
                       alamiah_proposed = :ap, alamiah_decided = :ad, alamiah_skipped = :as, tahap_applied = :tahap,
                       not_assessed = :na
                where id = :id
                """).param("id", id).param("asOf", asOf).param("bp", timeLimit.proposed()).param("bd", timeLimit.decided())
                .param("bs", timeLimit.skipped()).param("ap", natural.proposed()).param("ad", natural.decided())
                .param("as", natural.skipped()).param("tahap", tahapApplied).param("na", notAssessed).update();
    }

    /** Records that {@code runId} applies natural graduation for the tahap ending {@code tahapEnd}; false when one already did. */
    boolean claimTahap(long programmeId, LocalDate tahapEnd, long runId) {
        return jdbc.sql("""
                insert into graduation_tahap (programme_id, tahap_end, run_id) values (:p, :end, :run)
                on conflict do nothing
                """).param("p", programmeId).param("end", tahapEnd).param("run", runId).update() == 1;
    }

    Optional<GraduationRun> find(long id) {
        return jdbc.sql("select * from graduation_run where id = :id").param("id", id).query(GraduationRuns::run).optional();
    }

    List<GraduationRun> recent(int limit) {
        return jdbc.sql("select * from graduation_run order by id desc limit :n").param("n", limit)
                .query(GraduationRuns::run).list();
    }

    private static GraduationRun run(ResultSet rs, int n) throws SQLException {
        java.sql.Timestamp finished = rs.getTimestamp("finished_at");
        return new GraduationRun(rs.getLong("id"), (Integer) rs.getObject("programmes"),
                GraduationRun.Trigger.valueOf(rs.getString("trigger")), rs.getString("trigger_detail"),
                rs.getString("requested_by"), rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(), GraduationRun.Status.valueOf(rs.getString("status")),
                (Long) rs.getObject("created"), (Long) rs.getObject("skipped"), rs.getObject("as_of", LocalDate.class),
                new GraduationRun.KindCounts((Integer) rs.getObject("batas_proposed"), (Integer) rs.getObject("batas_decided"),
                        (Integer) rs.getObject("batas_skipped")),
                new GraduationRun.KindCounts((Integer) rs.getObject("alamiah_proposed"),
                        (Integer) rs.getObject("alamiah_decided"), (Integer) rs.getObject("alamiah_skipped")),
                rs.getString("tahap_applied"), rs.getString("not_assessed"));
    }
}
