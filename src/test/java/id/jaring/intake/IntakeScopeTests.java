package id.jaring.intake;

import static id.jaring.intake.IntakeFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import id.jaring.access.Role;
import id.jaring.support.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A kab/kota operator's import through the API reaches the registry only with rows of its
 * kab/kota, and no other kab/kota's operator can see or act on the batch. The {@code import}
 * command offers no way to act as an operator (it runs as the system, for the server's admin).
 */
@SpringBootTest
@AutoConfigureMockMvc
class IntakeScopeTests {

    static final Authentication LEBAK = TestUsers.as(Role.OPERATOR_KABKOTA, "36.02");
    static final Authentication SERANG = TestUsers.as(Role.OPERATOR_KABKOTA, "36.73");

    @Autowired MockMvc mvc;
    @Autowired IntakeBatches intake;
    @Autowired JdbcClient jdbc;
    final JsonMapper json = JsonMapper.builder().build();

    @TempDir Path dir;

    JsonNode call(Authentication who, AbstractMockHttpServletRequestBuilder<?> request, int expected) throws Exception {
        String text = mvc.perform(request.with(authentication(who)).with(csrf()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return text.isEmpty() ? null : json.readTree(text);
    }

    long persons(String nik) {
        return jdbc.sql("select count(*) from person where nik = :nik").param("nik", nik).query(Long.class).single();
    }

    @Test
    void aKabKotaOperatorsCommitTakesOnlyRowsOfItsKabKotaAndOthersCannotTouchTheBatch() throws Exception {
        String inLebak = nik(randomBirth(), false);
        String inSerang = nik(randomBirth(), true);
        String file = new FileBuilder()
                .person("1", inLebak, noKk(), "DI LEBAK", "L", "", "KEPALA KELUARGA", LEBAK_DESA)
                .person("2", inSerang, noKk(), "DI SERANG", "P", "", "KEPALA KELUARGA", SERANG_DESA).text();
        long id = call(LEBAK, multipart("/api/v1/intake/batches").file(new MockMultipartFile("file", "s.csv", "text/csv",
                file.getBytes(StandardCharsets.UTF_8))).param("agency", agency()), 201).get("id").asLong();
        steward(() -> intake.awaitIdle(id));

        // another kab/kota's operator: the batch does not exist for it
        call(SERANG, get("/api/v1/intake/batches/" + id), 404);
        call(SERANG, post("/api/v1/intake/batches/" + id + "/commit"), 404);
        call(SERANG, post("/api/v1/intake/batches/" + id + "/abandon"), 404);
        // a role that does not import at all
        call(TestUsers.as(Role.PENDAMPING, "36.02"), multipart("/api/v1/intake/batches").file(new MockMultipartFile(
                "file", "p.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8))).param("agency", agency()), 403);

        call(LEBAK, post("/api/v1/intake/batches/" + id + "/commit"), 202);
        BatchView committed = steward(() -> intake.awaitIdle(id));

        assertThat(committed.status()).isEqualTo(BatchStatus.COMMITTED);
        assertThat(committed.counts().created()).isEqualTo(1);
        assertThat(committed.counts().rejected()).isEqualTo(1);
        assertThat(persons(inLebak)).isEqualTo(1);
        assertThat(persons(inSerang)).isZero();
        assertThat(jdbc.sql("select count(*) from person_source where batch_id = :b").param("b", id)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'IMPORT_BATCH' and entity_id = :id")
                .param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(2); // upload and commit
    }

    @Test
    void theImportCommandHasNoOptionToActAsAnOperator() throws Exception {
        Path file = Files.writeString(dir.resolve("f.csv"), IntakeFixtures.HEADER + "\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ImportCommand.run(new String[] {"--agency", "DINSOS", "--user", "op.lebak", file.toString()},
                args -> {
                    throw new AssertionError("the application must not start for bad arguments");
                }, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --user");
    }
}
