package id.jaring.access;

import java.util.Map;

/**
 * The caller's scope as a SQL condition on a table that carries {@code kabkota_code} and
 * {@code desa_code} (household, person, enrolment ...): a fixed fragment with named parameters
 * ({@code scopeKab}, {@code scopeRegion}), never user text. Equality on kabkota_code lets the
 * planner use the region indexes (and, once the tables are partitioned, prune partitions); the
 * LIKE narrows to a kecamatan or desa scope. Province-wide: {@code true}.
 */
public record ScopeFilter(String sql, Map<String, Object> params) {

    /** @param alias the table's alias in the query */
    public static ScopeFilter of(Scope scope, String alias) {
        if (scope.isProvinceWide()) {
            return new ScopeFilter("true", Map.of());
        }
        return new ScopeFilter(alias + ".kabkota_code = :scopeKab and " + alias + ".desa_code like :scopeRegion",
                Map.of("scopeKab", scope.kabKotaCode(), "scopeRegion", scope.regionLikePattern()));
    }
}
