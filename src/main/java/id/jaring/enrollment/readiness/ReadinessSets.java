package id.jaring.enrollment.readiness;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The versions of the readiness assessment, read by anyone ({@link ReadinessVersioning} creates and
 * activates them). Exactly one is active.
 */
@Repository
public class ReadinessSets {

    private static final String SET_COLUMNS = "version, based_on, note, ready_from, created_by, created_at, active";

    private final JdbcClient jdbc;

    ReadinessSets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every version, newest first, without their indicators. */
    public List<ReadinessSet> list() {
        return jdbc.sql("select " + SET_COLUMNS + " from readiness_set order by version desc")
                .query((rs, n) -> set(rs, List.of())).list();
    }

    public Optional<ReadinessSet> find(int version) {
        return jdbc.sql("select " + SET_COLUMNS + " from readiness_set where version = :v").param("v", version)
                .query((rs, n) -> set(rs, indicators(version))).optional();
    }

    public ReadinessSet active() {
        int version = jdbc.sql("select version from readiness_set where active").query(Integer.class).single();
        return find(version).orElseThrow();
    }

    /** The version's indicators in catalogue order. */
    List<IndicatorWeight> indicators(int version) {
        return jdbc.sql("select indicator, weight, threshold, required from readiness_indicator where set_version = :v")
                .param("v", version)
                .query((rs, n) -> new IndicatorWeight(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                        rs.getBoolean(4)))
                .list().stream()
                .sorted(Comparator.comparing(w -> ReadinessIndicator.of(w.indicator()).map(Enum::ordinal).orElse(99)))
                .toList();
    }

    private static ReadinessSet set(ResultSet rs, List<IndicatorWeight> indicators) throws SQLException {
        BigDecimal readyFrom = rs.getBigDecimal("ready_from");
        return new ReadinessSet(rs.getInt("version"), (Integer) rs.getObject("based_on"), rs.getString("note"), readyFrom,
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getBoolean("active"), indicators);
    }
}
