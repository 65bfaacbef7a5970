package id.jaring.registry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.access.CurrentUser;
import id.jaring.access.Scope;
import id.jaring.access.ScopeFilter;
import id.jaring.platform.NotFoundException;
import id.jaring.wilayah.Region;
import id.jaring.wilayah.Regions;

/**
 * Counts of active families and of their current members per region, for the region browser:
 * one grouped query per level. Aggregates only, so every logged-in role may ask; the counts still
 * cover only the caller's scope, and regions outside it get null counts.
 */
@Service
public class RegionStatistics {

    private final RegistryGuard guard;
    private final Regions regions;
    private final JdbcClient jdbc;

    RegionStatistics(RegistryGuard guard, Regions regions, JdbcClient jdbc) {
        this.guard = guard;
        this.regions = regions;
        this.jdbc = jdbc;
    }

    /** The region itself with its counts. */
    @Transactional(readOnly = true)
    public RegionCount region(String code) {
        CurrentUser user = guard.anyone();
        Region region = regions.find(code).orElseThrow(() -> new NotFoundException("region"));
        Map<String, long[]> counts = count(region, "'all'", user.scope());
        return toCount(region, counts.get("all"), user.scope());
    }

    /** The direct children of a region (kab/kota of the province, ...), each with its counts. */
    @Transactional(readOnly = true)
    public List<RegionCount> children(String code) {
        CurrentUser user = guard.anyone();
        Region region = regions.find(code).orElseThrow(() -> new NotFoundException("region"));
        if (region.level() == Region.DESA) {
            return List.of();
        }
        String groupBy = switch (region.level() + 1) {
            case Region.KAB_KOTA -> "h.kabkota_code";
            case Region.KECAMATAN -> "left(h.desa_code, 8)";
            default -> "h.desa_code";
        };
        Map<String, long[]> counts = count(region, groupBy, user.scope());
        return regions.children(region.code()).stream().map(child -> toCount(child, counts.get(child.code()), user.scope()))
                .toList();
    }

    /** Households and persons per group key, inside {@code region} and the scope. */
    private Map<String, long[]> count(Region region, String groupBy, Scope scope) {
        ScopeFilter f = ScopeFilter.of(scope, "h");
        Map<String, Object> params = new HashMap<>(f.params());
        String where = switch (region.level()) {
            case Region.PROVINCE -> "true";
            case Region.KAB_KOTA -> "h.kabkota_code = :kab";
            case Region.KECAMATAN -> "h.kabkota_code = :kab and h.desa_code like :prefix";
            default -> "h.kabkota_code = :kab and h.desa_code = :desa";
        };
        params.put("kab", region.kabKotaCode() == null ? "" : region.kabKotaCode());
        params.put("prefix", region.code() + ".%");
        params.put("desa", region.code());
        String filter = "h.status = 'AKTIF' and " + where + " and " + f.sql();
        // two grouped scans, joined by key: no per-household subquery
        String sql = """
                with families as (select %1$s as key, count(*) as n from household h where %2$s group by 1),
                     people as (select %1$s as key, count(*) as n
                                from household_member m join household h on h.id = m.household_id
                                where m.valid_to is null and %2$s group by 1)
                select f.key, f.n as households, coalesce(p.n, 0) as persons
                from families f left join people p on p.key = f.key
                """.formatted(groupBy, filter);
        Map<String, long[]> result = new HashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            result.put(rs.getString("key"), new long[] {rs.getLong("households"), rs.getLong("persons")});
        });
        return result;
    }

    private static RegionCount toCount(Region region, long[] counts, Scope scope) {
        boolean overlaps = scope.covers(region.code()) || scope.isProvinceWide()
                || scope.regionCode().startsWith(region.code() + ".");
        Long households = overlaps ? (counts == null ? 0L : counts[0]) : null;
        Long persons = overlaps ? (counts == null ? 0L : counts[1]) : null;
        return new RegionCount(region.code(), region.name(), region.level(), region.subtype(), households, persons);
    }
}
