package id.jaring.program;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code agency}. */
@Repository
class AgencyRows {

    private final JdbcClient jdbc;

    AgencyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Agency> all() {
        return jdbc.sql("select code, name, kind from agency order by code").query(AgencyRows::map).list();
    }

    Optional<Agency> find(String code) {
        return jdbc.sql("select code, name, kind from agency where code = :code").param("code", code)
                .query(AgencyRows::map).optional();
    }

    /** False when the code is taken. */
    boolean insert(Agency a, Instant now) {
        return jdbc.sql("""
                insert into agency (code, name, kind, created_at, updated_at) values (:code, :name, :kind, :now, :now)
                on conflict (code) do nothing
                """).param("code", a.code()).param("name", a.name()).param("kind", a.kind().name())
                .param("now", java.sql.Timestamp.from(now)).update() == 1;
    }

    void update(Agency a, Instant now) {
        jdbc.sql("update agency set name = :name, kind = :kind, updated_at = :now where code = :code")
                .param("code", a.code()).param("name", a.name()).param("kind", a.kind().name())
                .param("now", java.sql.Timestamp.from(now)).update();
    }

    private static Agency map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Agency(rs.getString("code"), rs.getString("name"), AgencyKind.valueOf(rs.getString("kind")));
    }
}
