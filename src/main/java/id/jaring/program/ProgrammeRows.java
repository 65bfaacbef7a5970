package id.jaring.program;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code programme} and {@code programme_component}. */
@Repository
class ProgrammeRows {

    private static final String COLUMNS = """
            id, code, name, owner_agency, period_start, period_end, max_duration_months, component_cap, status,
            reentry_wait_months, automatic_exits
            """;
    private static final String COMPONENT_COLUMNS = """
            id, programme_id, code, name, amount_per_year, tahap_per_year, amount_per_tahap, member_condition
            """;

    private final JdbcClient jdbc;

    ProgrammeRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Programme> all() {
        return jdbc.sql("select " + COLUMNS + " from programme order by code").query(ProgrammeRows::map).list();
    }

    Optional<Programme> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from programme where code = :code").param("code", code)
                .query(ProgrammeRows::map).optional();
    }

    Optional<Programme> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from programme where id = :id").param("id", id)
                .query(ProgrammeRows::map).optional();
    }

    /** The new programme's id, or empty when the code is taken. */
    Optional<Long> insert(ProgrammeData p, Instant now) {
        return jdbc.sql("""
                insert into programme (code, name, owner_agency, period_start, period_end, max_duration_months,
                                       component_cap, status, reentry_wait_months, automatic_exits, created_at, updated_at)
                values (:code, :name, :owner, :start, :end, :duration, :cap, :status, :reentry, :automatic, :now, :now)
                on conflict (code) do nothing
                returning id
                """).params(params(p)).param("now", Timestamp.from(now)).query(Long.class).optional();
    }

    void update(long id, ProgrammeData p, Instant now) {
        jdbc.sql("""
                update programme set name = :name, owner_agency = :owner, period_start = :start, period_end = :end,
                       max_duration_months = :duration, component_cap = :cap, status = :status,
                       reentry_wait_months = :reentry, automatic_exits = :automatic, updated_at = :now
                where id = :id
                """).params(params(p)).param("id", id).param("now", Timestamp.from(now)).update();
    }

    List<BenefitComponent> components(long programmeId) {
        return jdbc.sql("select " + COMPONENT_COLUMNS + " from programme_component where programme_id = :p"
                + " order by amount_per_year desc, code").param("p", programmeId).query(ProgrammeRows::component).list();
    }

    Optional<BenefitComponent> component(long programmeId, String code) {
        return jdbc.sql("select " + COMPONENT_COLUMNS + " from programme_component where programme_id = :p and code = :code")
                .param("p", programmeId).param("code", code).query(ProgrammeRows::component).optional();
    }

    /** The new component's id, or empty when the programme has the code already. */
    Optional<Long> insertComponent(long programmeId, ComponentData c) {
        return jdbc.sql("""
                insert into programme_component (programme_id, code, name, amount_per_year, tahap_per_year, amount_per_tahap,
                                                 member_condition)
                values (:p, :code, :name, :year, :tahap, :perTahap, :condition)
                on conflict (programme_id, code) do nothing
                returning id
                """).param("p", programmeId).params(componentParams(c)).query(Long.class).optional();
    }

    void updateComponent(long id, ComponentData c) {
        jdbc.sql("""
                update programme_component set name = :name, amount_per_year = :year, tahap_per_year = :tahap,
                       amount_per_tahap = :perTahap, member_condition = :condition
                where id = :id
                """).param("id", id).params(componentParams(c)).update();
    }

    private static java.util.Map<String, Object> params(ProgrammeData p) {
        java.util.Map<String, Object> m = new java.util.HashMap<>();
        m.put("code", p.code());
        m.put("name", p.name());
        m.put("owner", p.ownerAgency());
        m.put("start", p.periodStart());
        m.put("end", p.periodEnd());
        m.put("duration", p.maxDurationMonths());
        m.put("cap", p.componentCap());
        m.put("status", p.status().name());
        m.put("reentry", p.reentryWaitMonths());
        m.put("automatic", p.automaticExits().name());
        return m;
    }

    private static java.util.Map<String, Object> componentParams(ComponentData c) {
        java.util.Map<String, Object> m = new java.util.HashMap<>(java.util.Map.of("code", c.code(), "name", c.name(),
                "year", c.amountPerYear(), "tahap", c.tahapPerYear(), "perTahap", c.amountPerTahap()));
        m.put("condition", c.memberCondition());
        return m;
    }

    private static Programme map(ResultSet rs, int row) throws SQLException {
        return new Programme(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("owner_agency"),
                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                (Integer) rs.getObject("max_duration_months"), (Integer) rs.getObject("component_cap"),
                ProgrammeStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("reentry_wait_months"),
                AutomaticExits.valueOf(rs.getString("automatic_exits")));
    }

    private static BenefitComponent component(ResultSet rs, int row) throws SQLException {
        return new BenefitComponent(rs.getLong("id"), rs.getLong("programme_id"), rs.getString("code"), rs.getString("name"),
                rs.getLong("amount_per_year"), rs.getInt("tahap_per_year"), rs.getLong("amount_per_tahap"),
                rs.getString("member_condition"));
    }
}
