package id.jaring.enrollment.readiness;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.access.CurrentUser;
import id.jaring.access.ScopeFilter;
import id.jaring.enrollment.EnrolmentGuard;
import id.jaring.platform.NotFoundException;
import id.jaring.program.Programme;
import id.jaring.program.Programmes;
import id.jaring.registry.KeysetPage;
import id.jaring.wilayah.Region;
import id.jaring.wilayah.Regions;

/**
 * The stored readiness in the caller's reach: a programme's KPM in one kab/kota (keyset pages, by
 * label), one family's KPM rows, and the counts per programme and kab/kota. The region scope is in
 * every WHERE clause; an agency operator reaches its agency's programmes only.
 */
@Service
public class ReadinessReads {

    private static final String KPM = """
            select e.id, e.household_id, e.programme_id, e.no_kk, e.desa_code, e.start_date, r.score, r.label,
                   r.indicators_met, r.indicators_missing, r.set_version, r.computed_at, fa.assessed_on
            from enrolment e
            left join enrolment_readiness r on r.enrolment_id = e.id
            left join lateral (select f.assessed_on from field_assessment f where f.household_id = e.household_id
                               order by f.version desc limit 1) fa on true
            """;

    private final JdbcClient jdbc;
    private final ReadinessGuard guard;
    private final Programmes programmes;
    private final Regions regions;

    ReadinessReads(JdbcClient jdbc, ReadinessGuard guard, Programmes programmes, Regions regions) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.programmes = programmes;
        this.regions = regions;
    }

    /**
     * One keyset page (by enrolment id) of a programme's KPM in one kab/kota with their readiness.
     *
     * @param label only SIAP or only BELUM_SIAP; null for every KPM (also those not yet computed)
     * @throws NotFoundException when the programme or the kab/kota lies outside the caller's reach
     */
    @Transactional(readOnly = true)
    public KeysetPage<KpmReadiness> page(String programmeCode, String kabKotaCode, ReadinessLabel label, Long after,
            int size) {
        CurrentUser user = guard.reader();
        Programme p = EnrolmentGuard.inReach(user,
                programmes.find(programmeCode).orElseThrow(() -> new NotFoundException("programme")), kabKotaCode);
        int limit = KeysetPages.limit(size);
        ScopeFilter scope = ScopeFilter.of(user.scope(), "e");
        List<KpmReadiness> found = jdbc.sql(KPM + """
                where e.programme_id = :p and e.kabkota_code = :kab and e.status = 'AKTIF' and e.id > :after
                  and (cast(:label as text) is null or r.label = :label) and %s
                order by e.id limit :limit
                """.formatted(scope.sql())).param("p", p.id()).param("kab", kabKotaCode)
                .param("label", label == null ? null : label.name()).param("after", after == null ? 0L : after)
                .param("limit", limit + 1).params(scope.params())
                .query((rs, n) -> kpm(rs, id -> p.code())).list();
        return KeysetPages.of(found, limit, KpmReadiness::enrolmentId);
    }

    /** The family's AKTIF enrolments in the caller's reach with their stored readiness. */
    List<KpmReadiness> ofFamily(long householdId, CurrentUser user) {
        Map<Long, String> codes = programmes.list().stream().filter(p -> !EnrolmentGuard.outOfReach(user, p))
                .collect(Collectors.toMap(Programme::id, Programme::code));
        ScopeFilter scope = ScopeFilter.of(user.scope(), "e");
        return jdbc.sql(KPM + " where e.household_id = :h and e.status = 'AKTIF' and " + scope.sql() + " order by e.id")
                .param("h", householdId).params(scope.params()).query((rs, n) -> kpm(rs, codes::get)).list().stream()
                .filter(k -> k.programmeCode() != null).toList();
    }

    /** KPM per programme and kab/kota in the caller's reach, by label. Counts only: every role. */
    @Transactional(readOnly = true)
    public List<ReadinessCount> counts() {
        CurrentUser user = guard.current();
        Map<Long, Programme> reach = new HashMap<>();
        programmes.list().stream().filter(p -> !EnrolmentGuard.outOfReach(user, p)).forEach(p -> reach.put(p.id(), p));
        if (reach.isEmpty()) {
            return List.of();
        }
        ScopeFilter scope = ScopeFilter.of(user.scope(), "e");
        return jdbc.sql("""
                select e.programme_id, e.kabkota_code, count(*) as kpm,
                       count(*) filter (where r.label = 'SIAP') as ready,
                       count(*) filter (where r.label = 'BELUM_SIAP') as not_ready,
                       count(*) filter (where r.label is null) as not_computed
                from enrolment e left join enrolment_readiness r on r.enrolment_id = e.id
                where e.status = 'AKTIF' and e.programme_id in (:reach) and %s
                group by e.programme_id, e.kabkota_code
                order by e.programme_id, e.kabkota_code
                """.formatted(scope.sql())).param("reach", List.copyOf(reach.keySet())).params(scope.params())
                .query((rs, n) -> {
                    Programme p = reach.get(rs.getLong("programme_id"));
                    String kab = rs.getString("kabkota_code");
                    return new ReadinessCount(p.code(), p.name(), kab, regions.find(kab).map(Region::name).orElse(kab),
                            rs.getLong("kpm"), rs.getLong("ready"), rs.getLong("not_ready"), rs.getLong("not_computed"));
                }).list();
    }

    private static KpmReadiness kpm(ResultSet rs, Function<Long, String> code) throws SQLException {
        String label = rs.getString("label");
        java.sql.Array met = rs.getArray("indicators_met");
        Timestamp computed = rs.getTimestamp("computed_at");
        return new KpmReadiness(rs.getLong("id"), rs.getLong("household_id"), code.apply(rs.getLong("programme_id")),
                rs.getString("no_kk"), rs.getString("desa_code"), rs.getObject("start_date", LocalDate.class),
                rs.getBigDecimal("score"), label == null ? null : ReadinessLabel.valueOf(label),
                met == null ? null : Arrays.asList((String[]) met.getArray()),
                (Integer) rs.getObject("indicators_missing", Integer.class), (Integer) rs.getObject("set_version"),
                computed == null ? null : computed.toInstant(), rs.getObject("assessed_on", LocalDate.class));
    }
}
