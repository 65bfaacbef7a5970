package id.jaring.program;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.jaring.access.CurrentUser;

/** Table {@code programme_rule}: append-only versions per programme. */
@Repository
class ProgrammeRuleRows {

    private static final String COLUMNS = """
            select p.code, r.version, r.rule_text, r.note, r.created_by, r.created_at
            from programme_rule r join programme p on p.id = r.programme_id
            """;

    private final JdbcClient jdbc;

    ProgrammeRuleRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ProgrammeRule> latest(long programmeId) {
        return jdbc.sql(COLUMNS + " where r.programme_id = :p order by r.version desc limit 1")
                .param("p", programmeId).query(ProgrammeRuleRows::map).optional();
    }

    /** The latest version of every programme that has a rule, in one query. */
    List<ProgrammeRule> latestOfEach() {
        return jdbc.sql(COLUMNS + " where r.version = (select max(l.version) from programme_rule l"
                + " where l.programme_id = r.programme_id)").query(ProgrammeRuleRows::map).list();
    }

    List<ProgrammeRule> all(long programmeId) {
        return jdbc.sql(COLUMNS + " where r.programme_id = :p order by r.version desc")
                .param("p", programmeId).query(ProgrammeRuleRows::map).list();
    }

    /**
     * Appends the next version. Locks the programme row first, so two concurrent saves number
     * their versions one after the other instead of colliding on the unique key.
     */
    int append(long programmeId, String text, String note, CurrentUser by, Instant at) {
        jdbc.sql("select id from programme where id = :p for update").param("p", programmeId).query(Long.class).single();
        return jdbc.sql("""
                insert into programme_rule (programme_id, version, rule_text, note, created_by_id, created_by, created_at)
                select :p, coalesce(max(version), 0) + 1, :text, :note, :byId, :by, :at
                from programme_rule where programme_id = :p
                returning version
                """).param("p", programmeId).param("text", text).param("note", note).param("byId", by.id())
                .param("by", by.username()).param("at", Timestamp.from(at)).query(Integer.class).single();
    }

    private static ProgrammeRule map(ResultSet rs, int n) throws SQLException {
        return new ProgrammeRule(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toInstant());
    }
}
