package id.jaring.targeting;

import java.util.Map;

import id.jaring.access.Scope;

/**
 * The caller's region scope as a SQL condition on household h: a fixed fragment with named
 * parameters. Equality on kabkota_code lets the planner use the region indexes; the LIKE narrows
 * to a kecamatan or desa.
 */
record ScopeSql(String sql, Map<String, Object> params) {

    static ScopeSql of(Scope scope) {
        if (scope.isProvinceWide()) {
            return new ScopeSql("true", Map.of());
        }
        return new ScopeSql("h.kabkota_code = :rule_scope_kab and h.desa_code like :rule_scope_region",
                Map.of("rule_scope_kab", scope.kabKotaCode(), "rule_scope_region", scope.regionLikePattern()));
    }
}
