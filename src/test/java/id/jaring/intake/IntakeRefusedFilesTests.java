package id.jaring.intake;

import static id.jaring.intake.IntakeFixtures.agency;
import static id.jaring.intake.IntakeFixtures.steward;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
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
import id.jaring.intake.file.RawXlsx;
import id.jaring.support.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Files the pipeline must refuse or take as empty, through the API as an agency sends them. */
@SpringBootTest
@AutoConfigureMockMvc
class IntakeRefusedFilesTests {

    static final Authentication STEWARD = TestUsers.as(Role.DATA_STEWARD, null);
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired MockMvc mvc;
    @Autowired IntakeBatches intake;
    @Autowired JdbcClient jdbc;
    final JsonMapper json = JsonMapper.builder().build();

    JsonNode call(AbstractMockHttpServletRequestBuilder<?> request, int expected) throws Exception {
        String text = mvc.perform(request.with(authentication(STEWARD)).with(csrf()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return text.isEmpty() ? null : json.readTree(text);
    }

    static AbstractMockHttpServletRequestBuilder<?> upload(String agency, String name, String type, byte[] content) {
        return multipart("/api/v1/intake/batches").file(new MockMultipartFile("file", name, type, content))
                .param("agency", agency);
    }

    Map<String, Object> batchOf(String agency) {
        return jdbc.sql("select id, status, failure_code, stored_path, rows_total from import_batch where agency_code = :a")
                .param("a", agency).query().singleRow();
    }

    static byte[] zipBomb(String rowsBefore, int bombRow) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RawXlsx.writeZipBomb(out, rowsBefore, bombRow, 200); // 200 MB of '0' in one cell
        return out.toByteArray();
    }

    @Test
    void aZipBombIsRefusedAtUploadAndItsBatchFailsWithTheCode() throws Exception {
        byte[] bomb = zipBomb("", 1);
        assertThat(bomb.length).isLessThan(1 << 20);
        String agency = agency();

        JsonNode refused = call(upload(agency, "bom.xlsx", XLSX, bomb), 400);

        assertThat(refused.get("errors").findValuesAsString("code")).containsExactly("FILE_ZIP_BOMB");
        Map<String, Object> batch = batchOf(agency);
        assertThat(batch).containsEntry("status", "FAILED").containsEntry("failure_code", "FILE_ZIP_BOMB");
        // the refused upload is not kept on disk
        assertThat(Files.exists(Path.of((String) batch.get("stored_path")))).isFalse();
        assertThat(jdbc.sql("select count(*) from import_person_row where batch_id = :b").param("b", batch.get("id"))
                .query(Long.class).single()).isZero();
    }

    @Test
    void aZipBombBelowAReadableHeaderFailsTheBatchInTheBackground() throws Exception {
        String header = "<row r=\"1\">" + cell("nama") + cell("jenis_kelamin") + cell("kode_wilayah") + "</row>";
        String agency = agency();

        JsonNode uploaded = call(upload(agency, "bom2.xlsx", XLSX, zipBomb(header, 2)), 201);
        long id = uploaded.get("id").asLong();
        BatchView done = steward(() -> intake.awaitIdle(id));

        assertThat(done.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(done.failureCode()).isEqualTo("FILE_ZIP_BOMB");
        assertThat(done.busy()).isFalse();
        JsonNode seen = call(get("/api/v1/intake/batches/" + id), 200);
        assertThat(seen.get("failureCode").asString()).isEqualTo("FILE_ZIP_BOMB");
        assertThat(jdbc.sql("select count(*) from import_person_row where batch_id = :b").param("b", id)
                .query(Long.class).single()).isZero();
        // a failed batch cannot be committed
        JsonNode commit = call(post("/api/v1/intake/batches/" + id + "/commit"), 400);
        assertThat(commit.get("errors").get(0).get("code").asString()).isEqualTo("BATCH_NOT_VALIDATED");
    }

    @Test
    void aZeroByteFileIsRefusedAndLeavesAFailedAuditedBatch() throws Exception {
        String agency = agency();

        JsonNode refused = call(upload(agency, "kosong.csv", "text/csv", new byte[0]), 400);

        assertThat(refused.get("errors").findValuesAsString("code")).containsExactly("FILE_EMPTY");
        Map<String, Object> batch = batchOf(agency);
        assertThat(batch).containsEntry("status", "FAILED").containsEntry("failure_code", "FILE_EMPTY");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'IMPORT_BATCH' and entity_id = :id")
                .param("id", batch.get("id").toString()).query(Long.class).single()).isEqualTo(1);
        // sending it again is refused again (a failed batch does not stand for the content)
        call(upload(agency, "kosong.csv", "text/csv", new byte[0]), 400);
    }

    @Test
    void aCsvWithAHeaderOnlyIsValidatedWithNoRowsAndRefusedAtCommit() throws Exception {
        String agency = agency();
        byte[] headerOnly = (IntakeFixtures.HEADER + "\n").getBytes(StandardCharsets.UTF_8);

        JsonNode uploaded = call(upload(agency, "header.csv", "text/csv", headerOnly), 201);
        long id = uploaded.get("id").asLong();
        BatchView done = steward(() -> intake.awaitIdle(id));

        assertThat(done.status()).isEqualTo(BatchStatus.VALIDATED);
        assertThat(done.rowsTotal()).isZero();
        assertThat(done.counts().valid()).isZero();
        assertThat(done.counts().rejected()).isZero();
        JsonNode report = call(get("/api/v1/intake/batches/" + id + "/report"), 200);
        assertThat(report.get("issues").size()).isZero();
        assertThat(report.at("/batch/rowsTotal").asLong()).isZero();

        // nothing to commit: refused with its code (as the command refuses), the batch stays as it is
        JsonNode refused = call(post("/api/v1/intake/batches/" + id + "/commit"), 400);
        assertThat(refused.get("errors").get(0).get("code").asString()).isEqualTo("BATCH_NOTHING_TO_COMMIT");
        BatchView after = steward(() -> intake.awaitIdle(id));
        assertThat(after.status()).isEqualTo(BatchStatus.VALIDATED);
        assertThat(after.busy()).isFalse();
        assertThat(jdbc.sql("select count(*) from person_source where batch_id = :b").param("b", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aCsvWithBlankLinesOnlyHasNoHeader() throws Exception {
        String agency = agency();
        JsonNode refused = call(upload(agency, "blank.csv", "text/csv", "\n\n  \n".getBytes(StandardCharsets.UTF_8)), 400);
        assertThat(refused.get("errors").findValuesAsString("code")).containsExactly("FILE_NO_HEADER");
        assertThat(batchOf(agency)).containsEntry("status", "FAILED").containsEntry("failure_code", "FILE_NO_HEADER");
    }

    private static String cell(String text) {
        return "<c t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }
}
