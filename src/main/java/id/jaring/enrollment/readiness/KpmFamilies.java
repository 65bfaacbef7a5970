package id.jaring.enrollment.readiness;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.jaring.access.CurrentUser;
import id.jaring.access.ScopeFilter;
import id.jaring.program.Programme;
import id.jaring.program.Programmes;
import id.jaring.registry.KeysetPage;

/**
 * The families the caller may assess or read readiness of: those with an AKTIF enrolment in the
 * caller's region (the enrolment's kab/kota and desa, in the WHERE clause) and in a programme the
 * caller reaches (an agency operator: its agency's). A family outside answers like a missing one.
 */
@Repository
public class KpmFamilies {

    private final JdbcClient jdbc;
    private final ReadinessGuard guard;
    private final Programmes programmes;

    KpmFamilies(JdbcClient jdbc, ReadinessGuard guard, Programmes programmes) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.programmes = programmes;
    }

    Optional<KpmFamily> find(long householdId, CurrentUser user) {
        List<Long> reach = guard.programmeIds(user);
        if (reach.isEmpty()) {
            return Optional.empty();
        }
        ScopeFilter scope = ScopeFilter.of(user.scope(), "e");
        return jdbc.sql("""
                select e.household_id, max(e.no_kk) as no_kk, max(e.kabkota_code) as kabkota_code,
                       max(e.desa_code) as desa_code, array_agg(e.programme_id order by e.programme_id) as programmes
                from enrolment e
                where e.household_id = :h and e.status = 'AKTIF' and e.programme_id in (:reach) and %s
                group by e.household_id
                """.formatted(scope.sql())).param("h", householdId).param("reach", reach).params(scope.params())
                .query((rs, n) -> new KpmFamily(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Arrays.asList((Long[]) rs.getArray(5).getArray())))
                .optional();
    }

    /** One keyset page (by household id) of the KPM families in the caller's reach, with readiness and latest assessment. */
    public KeysetPage<FieldFamilyRow> page(Long after, int size) {
        CurrentUser user = guard.reader();
        List<Long> reach = guard.programmeIds(user);
        int limit = KeysetPages.limit(size);
        if (reach.isEmpty()) {
            return new KeysetPage<>(List.of(), null);
        }
        Map<Long, String> codes = programmes.list().stream().collect(Collectors.toMap(Programme::id, Programme::code));
        ScopeFilter scope = ScopeFilter.of(user.scope(), "e");
        List<FieldFamilyRow> found = jdbc.sql("""
                select k.*, fa.assessed_on, fa.version
                from (select e.household_id, max(e.no_kk) as no_kk, max(e.kabkota_code) as kabkota_code,
                             max(e.desa_code) as desa_code, array_agg(e.programme_id order by e.programme_id) as programmes,
                             max(r.score) as score, bool_or(r.label = 'SIAP') as ready
                      from enrolment e left join enrolment_readiness r on r.enrolment_id = e.id
                      where e.status = 'AKTIF' and e.programme_id in (:reach) and e.household_id > :after and %s
                      group by e.household_id
                      order by e.household_id
                      limit :limit) k
                left join lateral (select f.assessed_on, f.version from field_assessment f
                                   where f.household_id = k.household_id order by f.version desc limit 1) fa on true
                order by k.household_id
                """.formatted(scope.sql())).param("reach", reach).param("after", after == null ? 0L : after)
                .param("limit", limit + 1).params(scope.params())
                .query((rs, n) -> row(rs, codes::get)).list();
        return KeysetPages.of(found, limit, FieldFamilyRow::householdId);
    }

    private static FieldFamilyRow row(ResultSet rs, Function<Long, String> code) throws SQLException {
        Boolean ready = (Boolean) rs.getObject("ready");
        Integer version = (Integer) rs.getObject("version");
        return new FieldFamilyRow(rs.getLong("household_id"), rs.getString("no_kk"), rs.getString("kabkota_code"),
                rs.getString("desa_code"),
                Arrays.stream((Long[]) rs.getArray("programmes").getArray()).map(code).toList(),
                rs.getBigDecimal("score"), ready == null ? null : ready ? ReadinessLabel.SIAP : ReadinessLabel.BELUM_SIAP,
                rs.getObject("assessed_on", java.time.LocalDate.class), version);
    }
}
