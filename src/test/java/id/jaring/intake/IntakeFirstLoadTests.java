package id.jaring.intake;

import static id.jaring.intake.IntakeFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.jaring.platform.EmbeddedDatabase;

/**
 * A first load into an EMPTY registry drops the foreign keys and the indexes no constraint owns
 * and rebuilds them after the inserts. The shared test database is never empty, so this class
 * gets a database of its own (on the test JVM's server) where the registry starts empty. Its
 * context is closed after the class, while the server still runs (not at the JVM's exit).
 */
@SpringBootTest
@DirtiesContext
class IntakeFirstLoadTests {

    static final AtomicReference<String> FAIL_AFTER = new AtomicReference<>();

    @TestConfiguration
    static class Faults {
        @Bean
        @Primary
        CommitFaults failingCommitFaults() {
            return step -> {
                if (step.equals(FAIL_AFTER.get())) {
                    FAIL_AFTER.set(null);
                    throw new IllegalStateException("injected fault after " + step);
                }
            };
        }
    }

    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) throws SQLException {
        String server = EmbeddedDatabase.acquire(null).getJdbcUrl("postgres", "postgres");
        String name = "first_load_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        try (Connection c = DriverManager.getConnection(server, "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        String url = server.replace("/postgres", "/" + name);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @AfterAll
    static void releaseServer() {
        EmbeddedDatabase.release();
    }

    @Autowired IntakeBatches intake;
    @Autowired JdbcClient jdbc;

    /** Every constraint and index of the registry's tables, as its definition. */
    List<String> schema() {
        return jdbc.sql("""
                select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) from pg_constraint
                where conrelid in ('household'::regclass, 'person'::regclass, 'household_member'::regclass,
                                   'person_source'::regclass, 'person_conflict'::regclass)
                union all
                select pg_get_indexdef(indexrelid) from pg_index
                where indrelid in ('household'::regclass, 'person'::regclass, 'household_member'::regclass,
                                   'person_source'::regclass, 'person_conflict'::regclass)
                order by 1
                """).query(String.class).list();
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void aFirstLoadCutOffAfterItsInsertsOrItsRebuildLeavesAnEmptyRegistryWithEveryConstraintAndCommitsOnRetry() {
        List<String> before = schema();
        assertThat(before).anyMatch(d -> d.contains("FOREIGN KEY (person_id) REFERENCES person(id)"))
                .anyMatch(d -> d.contains("household_member_current_person_uq"))
                .anyMatch(d -> d.contains("gin_trgm_ops"));
        assertThat(count("person") + count("household")).isZero();
        LocalDate born = randomBirth();
        String head = nik(born, false);
        String wife = nik(randomBirth(), true);
        String child = nik(randomBirth(), false);
        String kk = noKk();
        String file = new FileBuilder()
                .person("1", head, kk, "UJANG", "L", born.toString(), "KEPALA KELUARGA", LEBAK_DESA)
                .person("2", wife, kk, "IIS", "P", "", "ISTRI", LEBAK_DESA)
                .person("3", child, kk, "ASEP", "L", "", "ANAK", LEBAK_DESA).text();
        BatchView uploaded = steward(() -> intake.upload(bytes(file), "first.csv", "DUKCAPIL", null)).batch();
        BatchView batch = steward(() -> intake.awaitIdle(uploaded.id()));
        assertThat(batch.status()).isEqualTo(BatchStatus.VALIDATED);

        for (String step : List.of("SOURCES", "INDEXES")) {
            FAIL_AFTER.set(step);
            assertThatThrownBy(() -> steward(() -> intake.commitNow(batch.id()))).hasMessageContaining("injected fault");
            assertThat(count("person") + count("household") + count("household_member") + count("person_source"))
                    .isZero();
            assertThat(schema()).isEqualTo(before);
            assertThat(steward(() -> intake.find(batch.id())).status()).isEqualTo(BatchStatus.VALIDATED);
        }

        BatchView committed = steward(() -> intake.commitNow(batch.id()));

        assertThat(committed.status()).isEqualTo(BatchStatus.COMMITTED);
        assertThat(committed.counts().created()).isEqualTo(3);
        assertThat(schema()).isEqualTo(before);
        assertThat(count("household_member")).isEqualTo(3);
        assertThat(jdbc.sql("select attrs ->> 'nama' from person_source s join person p on p.id = s.person_id where p.nik = :nik")
                .param("nik", wife).query(String.class).single()).isEqualTo("IIS");
        // the rebuilt keys guard again: a membership of a person that does not exist is refused
        assertThatThrownBy(() -> jdbc.sql("""
                insert into household_member (household_id, person_id, hubungan_keluarga, valid_from, kabkota_code)
                select id, -1, 'ANAK', current_date, kabkota_code from household limit 1
                """).update()).hasMessageContaining("household_member_person_id_fkey");
    }
}
