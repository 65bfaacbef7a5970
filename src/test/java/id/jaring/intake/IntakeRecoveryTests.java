package id.jaring.intake;

import static id.jaring.intake.IntakeFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.jaring.access.Role;
import id.jaring.support.TestUsers;

/**
 * A stop in the middle of the background work (kill -9, crash, power cut) leaves a batch with its
 * phase set and, for staging, part of its rows staged. These tests put a batch in that state with
 * SQL, as the crash would leave it, then run {@link IntakeRecovery} as the next start does: the
 * batch is taken up again and can be committed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IntakeRecoveryTests {

    @Autowired IntakeBatches intake;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    final String kk = noKk();
    final LocalDate born = randomBirth();
    final String headNik = nik(born, false);
    final String wifeNik = nik(randomBirth(), true);

    BatchView validated() {
        String file = new FileBuilder()
                .person("1", headNik, kk, uniqueName("KARTA"), "L", born.toString(), "KEPALA KELUARGA", LEBAK_DESA)
                .person("2", wifeNik, kk, uniqueName("ENTIN"), "P", "", "ISTRI", LEBAK_DESA)
                .person("3", "3602", kk, "SALAH", "L", "", "ANAK", LEBAK_DESA).text();
        BatchView uploaded = steward(() -> intake.upload(bytes(file), "r.csv", agency(), null)).batch();
        BatchView done = steward(() -> intake.awaitIdle(uploaded.id()));
        assertThat(done.status()).isEqualTo(BatchStatus.VALIDATED);
        assertThat(done.counts().valid()).isEqualTo(2);
        return done;
    }

    void recoverAsOnStart() {
        new IntakeRecovery(intake).resume();
    }

    long persons(String nik) {
        return jdbc.sql("select count(*) from person where nik = :nik").param("nik", nik).query(Long.class).single();
    }

    long staged(long batchId) {
        return jdbc.sql("select count(*) from import_person_row where batch_id = :b").param("b", batchId)
                .query(Long.class).single();
    }

    @ParameterizedTest
    @CsvSource({"MAPPED, QUEUED", "MAPPED, READING", "STAGED, VALIDATING"})
    void stagingCutOffIsStartedAgainFromTheFileAndTheBatchCanBeCommitted(String status, String phase) {
        BatchView batch = validated();
        // the crash: half the rows staged, no report yet, the phase still set
        jdbc.sql("delete from import_person_row where batch_id = :b and row_number > 2").param("b", batch.id()).update();
        jdbc.sql("delete from import_issue where batch_id = :b").param("b", batch.id()).update();
        jdbc.sql("""
                update import_batch set status = :status, phase = :phase, rows_done = 1, count_valid = 0,
                    count_rejected = 0, count_warnings = 0, validated_at = null where id = :b
                """).param("status", status).param("phase", phase).param("b", batch.id()).update();
        assertThat(steward(() -> intake.find(batch.id())).busy()).isTrue();

        recoverAsOnStart();
        BatchView resumed = steward(() -> intake.awaitIdle(batch.id()));

        assertThat(resumed.status()).isEqualTo(BatchStatus.VALIDATED);
        assertThat(resumed.busy()).isFalse();
        assertThat(resumed.rowsTotal()).isEqualTo(3);
        assertThat(resumed.counts().valid()).isEqualTo(2);
        assertThat(resumed.counts().rejected()).isEqualTo(1);
        assertThat(staged(batch.id())).isEqualTo(3); // restaged whole, nothing twice
        assertThat(steward(() -> intake.issues(batch.id(), null, 10)).items()).extracting(IssueView::code)
                .contains("NIK_FORMAT");

        BatchView committed = steward(() -> intake.commitNow(batch.id()));
        assertThat(committed.status()).isEqualTo(BatchStatus.COMMITTED);
        assertThat(committed.counts().created()).isEqualTo(2);
        assertThat(persons(headNik)).isEqualTo(1);
        assertThat(persons(wifeNik)).isEqualTo(1);
    }

    @Test
    void aCommitCutOffLeavesTheBatchValidatedAndCommittableAfterTheRestart() throws Exception {
        BatchView batch = validated();
        // the commit's transaction died with the process: only the phase says it ran
        jdbc.sql("update import_batch set phase = 'COMMITTING' where id = :b").param("b", batch.id()).update();
        String during = batchPage(batch.id());
        assertThat(during).contains("id=\"progress-panel\"").doesNotContain("id=\"commit-button\"");
        assertThat(persons(headNik)).isZero();

        recoverAsOnStart();

        BatchView recovered = steward(() -> intake.awaitIdle(batch.id()));
        assertThat(recovered.status()).isEqualTo(BatchStatus.VALIDATED);
        assertThat(recovered.busy()).isFalse();
        assertThat(batchPage(batch.id())).contains("id=\"commit-button\"").doesNotContain("id=\"progress-panel\"");
        BatchView committed = steward(() -> intake.commitNow(batch.id()));
        assertThat(committed.status()).isEqualTo(BatchStatus.COMMITTED);
        assertThat(committed.counts().created()).isEqualTo(2);
        assertThat(persons(headNik)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from household where no_kk = :kk").param("kk", kk).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void stagingCutOffWhoseUploadIsGoneFailsWithACodeInsteadOfStayingBusy() throws Exception {
        BatchView batch = validated();
        jdbc.sql("update import_batch set status = 'MAPPED', phase = 'READING' where id = :b").param("b", batch.id()).update();
        String stored = jdbc.sql("select stored_path from import_batch where id = :b").param("b", batch.id())
                .query(String.class).single();
        Files.delete(Path.of(stored)); // e.g. a temporary folder emptied by the restart

        recoverAsOnStart();
        BatchView failed = steward(() -> intake.awaitIdle(batch.id()));

        assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.failureCode()).isEqualTo("FILE_UNREADABLE");
        assertThat(failed.busy()).isFalse();
        assertThat(persons(headNik)).isZero();
    }

    private String batchPage(long id) throws Exception {
        return mvc.perform(get("/intake/batches/" + id).with(authentication(TestUsers.as(Role.DATA_STEWARD, null))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
