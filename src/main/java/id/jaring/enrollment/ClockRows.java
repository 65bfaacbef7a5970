package id.jaring.enrollment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.jaring.access.Scope;
import id.jaring.access.ScopeFilter;

/**
 * The membership clock's reads of table {@code enrolment}: a programme's active KPM (status AKTIF)
 * within the caller's region scope, by their planned end (index {@code enrolment_clock_idx}).
 */
@Repository
class ClockRows {

    /** The sort key of a membership without a limit: after every real date. */
    static final LocalDate NO_END = LocalDate.of(9999, 12, 31);
    /** A cursor before every row. */
    static final LocalDate BEFORE_ALL = LocalDate.of(1, 1, 1);

    private static final String COUNTS = """
            select e.kabkota_code, count(*),
                   count(*) filter (where %s),
                   count(*) filter (where %s),
                   count(*) filter (where %s),
                   count(*) filter (where e.planned_end_date is null)
            from enrolment e
            where e.programme_id = :clock_programme and e.status = 'AKTIF' and %s and %s
            group by e.kabkota_code order by e.kabkota_code
            """;
    private static final String ENTRIES = """
            select e.id, e.household_id, e.no_kk, e.kabkota_code, e.desa_code, e.start_date, e.planned_end_date
            from enrolment e
            where e.programme_id = :clock_programme and e.kabkota_code = :clock_kab and e.status = 'AKTIF'
              and %s and %s
              and (coalesce(e.planned_end_date, date '9999-12-31'), e.id) > (:clock_after_end, :clock_after_id)
            order by coalesce(e.planned_end_date, date '9999-12-31'), e.id
            """;

    /** A row's values, before today's arithmetic. */
    record Row(long id, long householdId, String noKk, String kabKotaCode, String desaCode, LocalDate start,
            LocalDate plannedEnd) {
    }

    private final JdbcClient jdbc;

    ClockRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts per kab/kota (only {@code kabKota} when not null), names left empty. */
    List<ClockCounts> counts(long programmeId, String kabKota, Scope scope, LocalDate today) {
        ScopeFilter s = ScopeFilter.of(scope, "e");
        Map<String, Object> params = params(programmeId, today, s);
        params.put("clock_kab", kabKota);
        String sql = COUNTS.formatted(ClockWindow.OVERDUE.sql, ClockWindow.WITHIN_6_MONTHS.sql,
                ClockWindow.WITHIN_12_MONTHS.sql, s.sql(), kabKota == null ? "true" : "e.kabkota_code = :clock_kab");
        return jdbc.sql(sql).params(params).query((rs, n) -> new ClockCounts(rs.getString(1), null, rs.getLong(2),
                rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6))).list();
    }

    /** Up to {@code limit} rows of the window after the cursor (planned end or {@link #NO_END}, id). */
    List<Row> page(long programmeId, String kabKota, ClockWindow window, LocalDate afterEnd, long afterId, int limit,
            Scope scope, LocalDate today) {
        ScopeFilter s = ScopeFilter.of(scope, "e");
        Map<String, Object> params = entryParams(programmeId, kabKota, today, s, afterEnd, afterId);
        params.put("clock_limit", limit);
        return jdbc.sql(ENTRIES.formatted(window.sql, s.sql()) + " limit :clock_limit").params(params)
                .query(ClockRows::row).list();
    }

    /** Every row of the window in the page order, streamed (for the export). */
    void each(long programmeId, String kabKota, ClockWindow window, Scope scope, LocalDate today, Consumer<Row> sink) {
        ScopeFilter s = ScopeFilter.of(scope, "e");
        try (Stream<Row> rows = jdbc.sql(ENTRIES.formatted(window.sql, s.sql()))
                .params(entryParams(programmeId, kabKota, today, s, BEFORE_ALL, 0))
                .withFetchSize(2000).query(ClockRows::row).stream()) {
            rows.forEach(sink);
        }
    }

    private static Map<String, Object> entryParams(long programmeId, String kabKota, LocalDate today, ScopeFilter s,
            LocalDate afterEnd, long afterId) {
        Map<String, Object> params = params(programmeId, today, s);
        params.put("clock_kab", kabKota);
        params.put("clock_after_end", afterEnd);
        params.put("clock_after_id", afterId);
        return params;
    }

    private static Map<String, Object> params(long programmeId, LocalDate today, ScopeFilter s) {
        Map<String, Object> params = new HashMap<>(s.params());
        params.put("clock_programme", programmeId);
        params.put("clock_today", today);
        params.put("clock_in6", today.plusMonths(6));
        params.put("clock_in12", today.plusMonths(12));
        return params;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class));
    }
}
