package id.jaring.targeting.rules;

import java.util.List;
import java.util.Map;

/**
 * A SQL boolean expression over household h and household_rank r, with named bind parameters for
 * every literal, and the joins it needs after those two tables (left joins of per-family member
 * counts, aliases {@code rule_c1}, ...: one pass over the members instead of a subquery per family).
 */
public record SqlPredicate(String sql, Map<String, Object> params, List<String> joins) {

    public SqlPredicate {
        params = Map.copyOf(params);
        joins = List.copyOf(joins);
    }

    /** The joins as one string, to put after {@code from household h left join household_rank r on ...}. */
    public String joinSql() {
        return joins.isEmpty() ? "" : " " + String.join(" ", joins);
    }
}
