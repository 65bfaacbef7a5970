package id.jaring.intake;

import static id.jaring.intake.IntakeFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.jaring.platform.ValidationFailedException;

/** All or nothing, idempotent uploads, provenance and conflicts between agencies. */
@SpringBootTest
class IntakeCommitTests {

    /** Set to a step name to make the next commit fail right after that step. */
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

    @Autowired IntakeBatches intake;
    @Autowired JdbcClient jdbc;

    BatchView validated(String agency, String file) {
        BatchView uploaded = steward(() -> intake.upload(bytes(file), "f.csv", agency, "JAMSOSRATU")).batch();
        BatchView done = steward(() -> intake.awaitIdle(uploaded.id()));
        assertThat(done.status()).isEqualTo(BatchStatus.VALIDATED);
        return done;
    }

    long count(String sql, String nik) {
        return jdbc.sql(sql).param("nik", nik).query(Long.class).single();
    }

    @Test
    void aCommitCutOffMidWayLeavesTheRegistryAsBeforeAndCanBeRetried() {
        LocalDate born = randomBirth();
        String n1 = nik(born, false);
        String n2 = nik(randomBirth(), true);
        String kk = noKk();
        String file = new FileBuilder()
                .person("1", n1, kk, "ARIF", "L", born.toString(), "KEPALA KELUARGA", LEBAK_DESA)
                .person("2", n2, kk, "RINA", "P", "", "ISTRI", LEBAK_DESA).text();
        BatchView batch = validated(agency(), file);
        long householdsBefore = jdbc.sql("select count(*) from household").query(Long.class).single();

        FAIL_AFTER.set("PERSONS");
        assertThatThrownBy(() -> steward(() -> intake.commitNow(batch.id()))).hasMessageContaining("injected fault");

        assertThat(count("select count(*) from person where nik in (:nik)", n1)).isZero();
        assertThat(jdbc.sql("select count(*) from household where no_kk = :kk").param("kk", kk).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from person_source where batch_id = :b").param("b", batch.id()).query(Long.class).single()).isZero();
        assertThat(steward(() -> intake.find(batch.id())).status()).isEqualTo(BatchStatus.VALIDATED);
        assertThat(jdbc.sql("select count(*) from household").query(Long.class).single()).isEqualTo(householdsBefore);
        Path upload = Path.of(jdbc.sql("select stored_path from import_batch where id = :b").param("b", batch.id())
                .query(String.class).single());
        assertThat(upload).exists();   // kept for the retry

        BatchView retried = steward(() -> intake.commitNow(batch.id()));
        assertThat(retried.status()).isEqualTo(BatchStatus.COMMITTED);
        assertThat(upload).doesNotExist();   // committed: the uploaded copy of the personal data is deleted
        assertThat(retried.counts().created()).isEqualTo(2);
        assertThat(count("select count(*) from person where nik = :nik", n1)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from household where no_kk = :kk").param("kk", kk).query(Long.class).single()).isEqualTo(1);
        // committed once: a second commit is refused with its code
        assertThatThrownBy(() -> steward(() -> intake.commitNow(batch.id())))
                .isInstanceOfSatisfying(ValidationFailedException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo(IntakeCodes.BATCH_NOT_VALIDATED));
        // audited: upload and commit
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'IMPORT_BATCH' and entity_id = :id")
                .param("id", Long.toString(batch.id())).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theSameFileTwiceIsOneBatchAndACorrectedFileUpdatesWhatChanged() {
        String agency = agency();
        LocalDate born = randomBirth();
        String n1 = nik(born, false);
        String kk = noKk();
        String first = new FileBuilder()
                .person("9", n1, kk, "JOKO", "L", born.toString(), "KEPALA KELUARGA", LEBAK_DESA).text();
        BatchView batch = validated(agency, first);
        Upload again = steward(() -> intake.upload(bytes(first), "again.csv", agency, null));
        assertThat(again.existing()).isTrue();
        assertThat(again.batch().id()).isEqualTo(batch.id());
        steward(() -> intake.commitNow(batch.id()));
        Upload afterCommit = steward(() -> intake.upload(bytes(first), "again.csv", agency, null));
        assertThat(afterCommit.batch().id()).isEqualTo(batch.id());
        assertThat(afterCommit.batch().status()).isEqualTo(BatchStatus.COMMITTED);

        String corrected = new FileBuilder()
                .person("9", n1, kk, "JOKO WIDODO", "L", born.toString(), "KEPALA KELUARGA", LEBAK_DESA).text();
        BatchView second = validated(agency, corrected);
        BatchView committed = steward(() -> intake.commitNow(second.id()));
        assertThat(committed.counts().created()).isZero();
        assertThat(committed.counts().updated()).isEqualTo(1);
        assertThat(count("select count(*) from person where nik = :nik", n1)).isEqualTo(1);
        assertThat(jdbc.sql("select nama from person where nik = :nik").param("nik", n1).query(String.class).single())
                .isEqualTo("JOKO WIDODO");
        assertThat(jdbc.sql("select count(*) from household where no_kk = :kk").param("kk", kk).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void twoAgenciesDisagreeBothValuesAreKeptAConflictIsOpenAndPriorityDecides() {
        LocalDate born = randomBirth();
        String n1 = nik(born, true);
        String kk = noKk();
        // DINKES first, then DUKCAPIL (higher priority) with another name and birthplace
        String dinkes = new FileBuilder()
                .person("K1", n1, kk, "SITI NURHALIZA", "P", born.toString(), "KEPALA KELUARGA", LEBAK_DESA).text();
        steward(() -> intake.commitNow(validated("DINKES", dinkes).id()));
        String dukcapil = new FileBuilder()
                .person("D1", n1, kk, "SITI NURHALIJAH", "P", born.toString(), "KEPALA KELUARGA", LEBAK_DESA).text();
        BatchView committed = steward(() -> intake.commitNow(validated("DUKCAPIL", dukcapil).id()));
        assertThat(committed.counts().conflicts()).isEqualTo(1);
        assertThat(committed.counts().updated()).isEqualTo(1);

        long personId = jdbc.sql("select id from person where nik = :nik").param("nik", n1).query(Long.class).single();
        assertThat(jdbc.sql("select nama from person where id = :id").param("id", personId).query(String.class).single())
                .isEqualTo("SITI NURHALIJAH");
        // both values kept with their origin
        var sources = jdbc.sql("""
                select agency_code, attrs ->> 'nama' nama, batch_id, row_number from person_source
                where person_id = :id order by agency_code""").param("id", personId).query().listOfRows();
        assertThat(sources).extracting(r -> r.get("agency_code") + "=" + r.get("nama") + "@" + r.get("row_number"))
                .containsExactly("DINKES=SITI NURHALIZA@2", "DUKCAPIL=SITI NURHALIJAH@2");
        Map<String, Object> conflict = jdbc.sql("""
                select attribute, status, jsonb_array_length(candidates) n, candidates -> 0 ->> 'agency' first
                from person_conflict where person_id = :id""").param("id", personId).query().singleRow();
        assertThat(conflict).containsEntry("attribute", "nama").containsEntry("status", "OPEN")
                .containsEntry("n", 2).containsEntry("first", "DUKCAPIL");

        // DINKES sends again: DUKCAPIL still outranks it, the golden value stands
        String dinkesAgain = new FileBuilder()
                .person("K1", n1, kk, "SITI NURHALIZA", "P", born.toString(), "KEPALA KELUARGA", LEBAK_DESA)
                .line(",,,,,,,,,,,,").text() + "\n";
        BatchView third = steward(() -> intake.commitNow(validated("DINKES", dinkesAgain).id()));
        assertThat(third.counts().updated()).isZero();
        assertThat(jdbc.sql("select nama from person where id = :id").param("id", personId).query(String.class).single())
                .isEqualTo("SITI NURHALIJAH");
    }
}
