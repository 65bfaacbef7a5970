package id.jaring.targeting;

import java.util.Map;

/**
 * A SQL query selecting the ids ({@code select h.id ...}) of the ACTIVE families a rule selects
 * within a scope, with its named bind parameters (all named {@code rule_*}), for use inside
 * another module's query: {@code ... where household_id in (<sql>)} or as a CTE.
 */
public record EligibleHouseholds(String sql, Map<String, Object> params) {

    public EligibleHouseholds {
        params = Map.copyOf(params);
    }
}
