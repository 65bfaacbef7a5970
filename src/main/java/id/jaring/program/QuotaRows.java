package id.jaring.program;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code programme_quota}: quota and enrolled count per programme and kab/kota. */
@Repository
class QuotaRows {

    /** Quota and enrolled count of one kab/kota. */
    record Row(String kabKotaCode, int quota, int enrolled) {
    }

    private final JdbcClient jdbc;

    QuotaRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(long programmeId, String kabKota) {
        return jdbc.sql("select kabkota_code as kab_kota_code, quota, enrolled from programme_quota where programme_id = :p and kabkota_code = :k")
                .param("p", programmeId).param("k", kabKota).query(Row.class).optional();
    }

    /** The row locked for a change of the quota (so that no approval slips in between check and write). */
    Optional<Row> lock(long programmeId, String kabKota) {
        return jdbc.sql("""
                select kabkota_code as kab_kota_code, quota, enrolled from programme_quota
                where programme_id = :p and kabkota_code = :k for update
                """).param("p", programmeId).param("k", kabKota).query(Row.class).optional();
    }

    List<Row> all(long programmeId) {
        return jdbc.sql("select kabkota_code as kab_kota_code, quota, enrolled from programme_quota where programme_id = :p order by kabkota_code")
                .param("p", programmeId).query(Row.class).list();
    }

    void upsert(long programmeId, String kabKota, int quota, Instant now) {
        jdbc.sql("""
                insert into programme_quota (programme_id, kabkota_code, quota, updated_at) values (:p, :k, :q, :now)
                on conflict (programme_id, kabkota_code) do update set quota = excluded.quota, updated_at = excluded.updated_at
                """).param("p", programmeId).param("k", kabKota).param("q", quota).param("now", Timestamp.from(now)).update();
    }

    /**
     * Takes one slot if one is left. The UPDATE locks the row: a concurrent approver waits for this
     * transaction, then re-reads the row and finds no slot left (READ COMMITTED re-checks the WHERE
     * on the newest version), so the last slot goes to exactly one of them.
     */
    boolean takeSeat(long programmeId, String kabKota, Instant now) {
        return jdbc.sql("""
                update programme_quota set enrolled = enrolled + 1, updated_at = :now
                where programme_id = :p and kabkota_code = :k and enrolled < quota
                """).param("p", programmeId).param("k", kabKota).param("now", Timestamp.from(now)).update() == 1;
    }

    /** Gives a slot back (a KPM leaves); never below zero. */
    boolean releaseSeat(long programmeId, String kabKota, Instant now) {
        return jdbc.sql("""
                update programme_quota set enrolled = enrolled - 1, updated_at = :now
                where programme_id = :p and kabkota_code = :k and enrolled > 0
                """).param("p", programmeId).param("k", kabKota).param("now", Timestamp.from(now)).update() == 1;
    }
}
