package id.jaring.targeting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.jaring.access.Scope;
import id.jaring.access.ScopeFilter;
import id.jaring.targeting.HouseholdRank;

/** Reads {@code household_rank}: one family, unscoped (module API) or within a scope (REST). */
@Component
public class RankReads {

    private static final String COLUMNS = "r.household_id, r.kabkota_code, r.score, r.desil, r.weights_version, r.computed_at, r.variables_missing";

    private final JdbcClient jdbc;

    RankReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<HouseholdRank> of(long householdId) {
        return jdbc.sql("select " + COLUMNS + " from household_rank r where r.household_id = :id")
                .param("id", householdId).query(RankReads::rank).optional();
    }

    /** Active families without a rank (registered, or active again, after the last run). */
    public long unrankedActive() {
        return jdbc.sql("""
                select count(*) from household h
                where h.status = 'AKTIF' and not exists (select 1 from household_rank r where r.household_id = h.id)
                """).query(Long.class).single();
    }

    /** The family's rank if the family lies in the scope (by the registry's region of the family). */
    public Optional<HouseholdRank> of(long householdId, Scope scope) {
        ScopeFilter f = ScopeFilter.of(scope, "h");
        return jdbc.sql("select " + COLUMNS + """
                 from household_rank r join household h on h.id = r.household_id
                where r.household_id = :id and %s
                """.formatted(f.sql())).param("id", householdId).params(f.params())
                .query(RankReads::rank).optional();
    }

    private static HouseholdRank rank(ResultSet rs, int row) throws SQLException {
        return new HouseholdRank(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getInt(4), rs.getInt(5),
                rs.getTimestamp(6).toInstant(), rs.getInt(7));
    }
}
