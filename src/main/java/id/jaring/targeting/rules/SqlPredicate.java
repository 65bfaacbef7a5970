package id.jaring.targeting.rules;

import java.util.Map;

/** A SQL boolean expression over household h and household_rank r, with named bind parameters for every literal. */
public record SqlPredicate(String sql, Map<String, Object> params) {

    public SqlPredicate {
        params = Map.copyOf(params);
    }
}
