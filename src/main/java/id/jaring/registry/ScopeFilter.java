package id.jaring.registry;

import java.util.Map;

import id.jaring.access.Scope;

/**
 * The caller's scope as a SQL condition on a table that carries {@code kabkota_code} and
 * {@code desa_code} (household, person): a fixed fragment with named parameters, never user
 * text. Equality on kabkota_code lets the planner use the region indexes (and, once the tables
 * are partitioned, prune partitions); the LIKE narrows to a kecamatan or desa scope.
 */
record ScopeFilter(String sql, Map<String, Object> params) {

    static ScopeFilter of(Scope scope, String alias) {
        if (scope.isProvinceWide()) {
            return new ScopeFilter("true", Map.of());
        }
        return new ScopeFilter(alias + ".kabkota_code = :scopeKab and " + alias + ".desa_code like :scopeRegion",
                Map.of("scopeKab", scope.kabKotaCode(), "scopeRegion", scope.regionLikePattern()));
    }
}
