package id.jaring.reporting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import id.jaring.access.CurrentUser;
import id.jaring.access.Scope;
import id.jaring.access.ScopeFilter;
import id.jaring.program.Programme;
import id.jaring.program.ProgrammeRule;
import id.jaring.targeting.EligibleHouseholds;

/**
 * What every coverage query of one programme starts from: the caller, the kab/kota asked for (null:
 * none), the region looked at (the caller's, or that kab/kota of it), the programme, its rule in force (null: none) and the SQL of the
 * families that rule selects in that region today (for no rule, a query that selects nothing), with
 * the parameters of both and of the region filter on the family table (alias {@code h}).
 */
record CoverageBasis(CurrentUser user, String kabKota, Scope region, Programme programme, ProgrammeRule rule,
        EligibleHouseholds eligible, LocalDate asOf) {

    static final String NOTHING_ELIGIBLE = "select cast(null as bigint) as id where false";

    boolean hasRule() {
        return rule != null;
    }

    /** The eligible families' query, to embed as a CTE. */
    String eligibleSql() {
        return eligible == null ? NOTHING_ELIGIBLE : eligible.sql();
    }

    ScopeFilter scope() {
        return ScopeFilter.of(region, "h");
    }

    /** The eligible query's parameters, the region filter's, and the programme id as {@code cov_programme}. */
    Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>(eligible == null ? Map.of() : eligible.params());
        params.putAll(scope().params());
        params.put("cov_programme", programme.id());
        return params;
    }
}
