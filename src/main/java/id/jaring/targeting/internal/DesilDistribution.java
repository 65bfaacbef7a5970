package id.jaring.targeting.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.jaring.access.Scope;
import id.jaring.access.ScopeFilter;
import id.jaring.wilayah.Regions;

/**
 * Families per desil per kab/kota within a scope (counts only, no names: every role may see
 * them for its own region). A scope below kab/kota counts the families of its region only.
 */
@Component
public class DesilDistribution {

    /** @param counts families in desil 1..10 (index 0..9) */
    public record Row(String kabKotaCode, String kabKotaName, long[] counts, long total) {
    }

    private final JdbcClient jdbc;
    private final Regions regions;

    DesilDistribution(JdbcClient jdbc, Regions regions) {
        this.jdbc = jdbc;
        this.regions = regions;
    }

    public List<Row> within(Scope scope) {
        ScopeFilter f = ScopeFilter.of(scope, "h");
        String sql = scope.isProvinceWide()
                ? "select kabkota_code, desil, count(*) from household_rank group by 1, 2"
                : """
                  select r.kabkota_code, r.desil, count(*)
                  from household_rank r join household h on h.id = r.household_id
                  where %s
                  group by 1, 2
                  """.formatted(f.sql());
        var statement = jdbc.sql(sql).params(f.params());
        Map<String, long[]> byKabKota = new java.util.TreeMap<>();
        statement.query(rs -> {
            byKabKota.computeIfAbsent(rs.getString(1), k -> new long[10])[rs.getInt(2) - 1] = rs.getLong(3);
        });
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, long[]> e : byKabKota.entrySet()) {
            long total = java.util.Arrays.stream(e.getValue()).sum();
            String name = regions.find(e.getKey()).map(r -> r.name()).orElse(e.getKey());
            rows.add(new Row(e.getKey(), name, e.getValue(), total));
        }
        return rows;
    }

    /** The same as a map per kab/kota code, for JSON. */
    public static Map<String, Object> json(Row row) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("kabKotaCode", row.kabKotaCode());
        map.put("kabKotaName", row.kabKotaName());
        map.put("families", row.counts());
        map.put("total", row.total());
        return map;
    }
}
