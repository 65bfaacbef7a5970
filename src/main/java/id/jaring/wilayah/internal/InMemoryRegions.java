package id.jaring.wilayah.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.jaring.wilayah.Region;
import id.jaring.wilayah.Regions;

/** The region table, read once from the database and kept in memory (1,716 rows). */
@Component
class InMemoryRegions implements Regions {

    private final JdbcClient jdbc;
    private volatile Table table;

    InMemoryRegions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Table(Map<String, Region> byCode, Map<String, Region> byPlain, Map<String, List<Region>> children) {
    }

    private Table table() {
        Table t = table;
        if (t == null) {
            synchronized (this) {
                if (table == null) {
                    table = load();
                }
                t = table;
            }
        }
        return t;
    }

    private Table load() {
        List<Region> all = jdbc.sql("select code, code_plain, name, level, subtype, parent_code from region order by code")
                .query((rs, n) -> new Region(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6)))
                .list();
        Map<String, Region> byCode = new LinkedHashMap<>();
        Map<String, Region> byPlain = new LinkedHashMap<>();
        Map<String, List<Region>> children = new LinkedHashMap<>();
        for (Region r : all) {
            byCode.put(r.code(), r);
            byPlain.put(r.plainCode(), r);
            if (r.parentCode() != null) {
                children.computeIfAbsent(r.parentCode(), k -> new ArrayList<>()).add(r);
            }
        }
        children.values().forEach(list -> list.sort(Comparator.comparing(Region::code)));
        return new Table(Map.copyOf(byCode), Map.copyOf(byPlain), Map.copyOf(children));
    }

    @Override
    public Optional<Region> find(String code) {
        String dotted = Regions.toDotted(code);
        return dotted == null ? Optional.empty() : Optional.ofNullable(table().byCode().get(dotted));
    }

    @Override
    public List<Region> children(String parentCode) {
        String dotted = Regions.toDotted(parentCode);
        return dotted == null ? List.of() : Collections.unmodifiableList(table().children().getOrDefault(dotted, List.of()));
    }

    @Override
    public List<Region> path(String code) {
        List<Region> path = new ArrayList<>();
        Optional<Region> current = find(code);
        while (current.isPresent()) {
            path.add(0, current.get());
            current = Optional.ofNullable(current.get().parentCode()).flatMap(this::find);
        }
        return path;
    }

    @Override
    public Region province() {
        return table().byCode().values().stream().filter(r -> r.level() == Region.PROVINCE).findFirst()
                .orElseThrow(() -> new IllegalStateException("region table has no province"));
    }
}
