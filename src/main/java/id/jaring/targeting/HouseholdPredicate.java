package id.jaring.targeting;

import java.util.Map;

/**
 * A SQL boolean expression over the registry's {@code household} table under the alias {@code h},
 * with its named bind parameters, to embed in another module's query
 * ({@code ... join household h on h.id = x.household_id where <sql>}).
 */
public record HouseholdPredicate(String sql, Map<String, Object> params) {

    public HouseholdPredicate {
        params = Map.copyOf(params);
    }
}
