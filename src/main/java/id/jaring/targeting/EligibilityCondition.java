package id.jaring.targeting;

import java.util.Map;

/**
 * A rule as a SQL condition on {@code h} (a household row) and {@code r} (its household_rank row,
 * all nulls when the family has no rank yet): true for the ACTIVE families in the scope that the
 * rule selects. With its named bind parameters (all named {@code rule_*} or {@code scope*}), for
 * another module's query that needs its own from clause, e.g. to read the families in rank order.
 */
public record EligibilityCondition(String sql, Map<String, Object> params) {

    public EligibilityCondition {
        params = Map.copyOf(params);
    }
}
