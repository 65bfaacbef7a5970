package id.jaring.intake;

import static id.jaring.intake.IntakeFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

import id.jaring.access.CurrentUser;
import id.jaring.access.Role;
import id.jaring.access.Scope;
import id.jaring.platform.ValidationFailedException;
import id.jaring.support.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class IntakeApiTests {

    static final Authentication STEWARD = TestUsers.as(Role.DATA_STEWARD, null);
    static final Authentication LEBAK = TestUsers.as(Role.OPERATOR_KABKOTA, "36.02");

    @Autowired MockMvc mvc;
    @Autowired IntakeBatches intake;
    @Autowired JdbcClient jdbc;
    final JsonMapper json = JsonMapper.builder().build();

    JsonNode call(Authentication who, AbstractMockHttpServletRequestBuilder<?> request, int expected) throws Exception {
        String text = mvc.perform(request.with(authentication(who)).with(csrf()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return text.isEmpty() ? null : json.readTree(text);
    }

    AbstractMockHttpServletRequestBuilder<?> upload(String agency, String name, byte[] content) {
        return multipart("/api/v1/intake/batches").file(new MockMultipartFile("file", name, "text/csv", content))
                .param("agency", agency);
    }

    BatchView await(long id) {
        return steward(() -> intake.awaitIdle(id));
    }

    @Test
    void anAgencyOperatorImportsOnlyForItsOwnAgency() throws Exception {
        Authentication dinsos = TestUsers.as(new CurrentUser(3001, "op-dinsos", Role.OPERATOR_OPD, new Scope("DINSOS", null)));
        String file = new FileBuilder().person("1", nik(randomBirth(), false), noKk(), "A", "L", "", "ANAK", LEBAK_DESA).text();
        call(dinsos, upload("DINKES", "x.csv", file.getBytes(StandardCharsets.UTF_8)), 403);
        JsonNode created = call(dinsos, upload("DINSOS", "x.csv", file.getBytes(StandardCharsets.UTF_8)), 201);
        assertThat(created.get("agencyCode").asString()).isEqualTo("DINSOS");
        long id = created.get("id").asLong();
        // the same file again: the existing batch, 200
        JsonNode again = call(dinsos, upload("DINSOS", "y.csv", file.getBytes(StandardCharsets.UTF_8)), 200);
        assertThat(again.get("id").asLong()).isEqualTo(id);
        // another agency's operator does not see it
        Authentication dinkes = TestUsers.as(new CurrentUser(3002, "op-dinkes", Role.OPERATOR_OPD, new Scope("DINKES", null)));
        call(dinkes, get("/api/v1/intake/batches/" + id), 404);
        await(id);
        call(dinsos, post("/api/v1/intake/batches/" + id + "/abandon"), 200);
    }

    @Test
    void aKabKotaOperatorsRowsOutsideItsKabKotaAreRejected() throws Exception {
        String file = new FileBuilder()
                .person("1", nik(randomBirth(), false), noKk(), "DI LEBAK", "L", "", "KEPALA KELUARGA", LEBAK_DESA)
                .person("2", nik(randomBirth(), false), noKk(), "DI SERANG", "L", "", "KEPALA KELUARGA", SERANG_DESA)
                .text();
        long id = call(LEBAK, upload(agency(), "k.csv", file.getBytes(StandardCharsets.UTF_8)), 201).get("id").asLong();
        await(id);
        JsonNode report = call(LEBAK, get("/api/v1/intake/batches/" + id + "/report"), 200);
        assertThat(report.at("/batch/counts/valid").asLong()).isEqualTo(1);
        assertThat(report.at("/batch/counts/rejected").asLong()).isEqualTo(1);
        JsonNode issue = report.get("issues").get(0);
        assertThat(issue.get("code").asString()).isEqualTo("ROW_OUT_OF_SCOPE");
        assertThat(issue.get("rowNumber").asLong()).isEqualTo(3);
        assertThat(issue.get("value").asString()).isEqualTo("36.73.01.1001");
        // a Kota Serang operator cannot see a Lebak operator's batch
        call(TestUsers.as(Role.OPERATOR_KABKOTA, "36.73"), get("/api/v1/intake/batches/" + id), 404);
    }

    @Test
    void nonCanonicalHeadersAreMappedBySynonymsAndTheMappingIsSavedForTheAgency() throws Exception {
        String agency = agency();
        LocalDate born = LocalDate.of(1990, 7, 4);
        String text = "NO_NIK;NAMA_LENGKAP;JK;TGL_LAHIR;KD_DESA;CATATAN\n"
                + nik(born, true) + ";Dewi Lestari;P;04/07/1990;" + LEBAK_DESA + ";pindahan\n";
        JsonNode uploaded = call(STEWARD, upload(agency, "odd.csv", text.getBytes(StandardCharsets.UTF_8)), 201);
        long id = uploaded.get("id").asLong();
        assertThat(uploaded.get("status").asString()).isEqualTo("UPLOADED");
        JsonNode proposal = call(STEWARD, get("/api/v1/intake/batches/" + id + "/mapping"), 200);
        assertThat(proposal.get("NO_NIK").asString()).isEqualTo("nik");
        assertThat(proposal.get("NAMA_LENGKAP").asString()).isEqualTo("nama");
        assertThat(proposal.get("JK").asString()).isEqualTo("jenis_kelamin");
        assertThat(proposal.get("TGL_LAHIR").asString()).isEqualTo("tanggal_lahir");
        assertThat(proposal.get("KD_DESA").asString()).isEqualTo("kode_wilayah");
        assertThat(proposal.get("CATATAN").asString()).isEmpty();

        // a mapping without a required column is refused with its code
        JsonNode refused = call(STEWARD, put("/api/v1/intake/batches/" + id + "/mapping").contentType(MediaType.APPLICATION_JSON)
                .content("{\"NAMA_LENGKAP\":\"nama\"}"), 400);
        assertThat(refused.get("errors").findValuesAsString("code")).contains("MAPPING_REQUIRED_MISSING");

        call(STEWARD, put("/api/v1/intake/batches/" + id + "/mapping").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(proposal)), 200);
        BatchView done = await(id);
        assertThat(done.status()).isEqualTo(BatchStatus.VALIDATED);
        assertThat(done.counts().valid()).isEqualTo(1);

        // the agency's next file with the same headers needs no mapping step
        String next = "NO_NIK;NAMA_LENGKAP;JK;TGL_LAHIR;KD_DESA;CATATAN\n"
                + nik(born, true) + ";Dewi Lestari;P;04/07/1990;" + LEBAK_DESA + ";baru\n";
        JsonNode second = call(STEWARD, upload(agency, "odd2.csv", next.getBytes(StandardCharsets.UTF_8)), 201);
        assertThat(second.get("status").asString()).isNotEqualTo("UPLOADED");
        assertThat(await(second.get("id").asLong()).status()).isEqualTo(BatchStatus.VALIDATED);
    }

    @Test
    void fileProblemsAndStateErrorsAnswerProblemJsonWithCodes() throws Exception {
        JsonNode empty = call(STEWARD, upload(agency(), "empty.csv", new byte[0]), 400);
        assertThat(empty.get("errors").get(0).get("code").asString()).isEqualTo("FILE_EMPTY");

        String file = "nama,jenis_kelamin\nX,L\n";
        long id = call(STEWARD, upload(agency(), "nohead.csv", file.getBytes(StandardCharsets.UTF_8)), 201).get("id").asLong();
        JsonNode commit = call(STEWARD, post("/api/v1/intake/batches/" + id + "/commit"), 400);
        assertThat(commit.get("errors").get(0).get("code").asString()).isEqualTo("BATCH_NOT_VALIDATED");
    }

    @Test
    void aBatchWithoutAValidRowOrWithWorkRunningIsNotCommittedAndSaysWhy() throws Exception {
        String rejectedOnly = new FileBuilder().line("x1,,,NONAME,Q,,,,,,,," + LEBAK_DESA).text();
        long id = call(STEWARD, upload(agency(), "bad.csv", rejectedOnly.getBytes(StandardCharsets.UTF_8)), 201)
                .get("id").asLong();
        BatchView done = await(id);
        assertThat(done.status()).isEqualTo(BatchStatus.VALIDATED);
        assertThat(done.counts().valid()).isZero();
        JsonNode nothing = call(STEWARD, post("/api/v1/intake/batches/" + id + "/commit"), 400);
        assertThat(nothing.get("errors").get(0).get("code").asString()).isEqualTo("BATCH_NOTHING_TO_COMMIT");
        // the command refuses the same way, through the same check
        assertThatThrownBy(() -> steward(() -> intake.commitNow(id))).isInstanceOfSatisfying(
                ValidationFailedException.class,
                e -> assertThat(e.violations().get(0).code()).isEqualTo(IntakeCodes.BATCH_NOTHING_TO_COMMIT));
        assertThat(await(id).status()).isEqualTo(BatchStatus.VALIDATED);

        // a phase left by work elsewhere (another instance committing): busy, not committed twice
        long ok = call(STEWARD, upload(agency(), "ok.csv", new FileBuilder()
                .person("1", nik(randomBirth(), true), noKk(), "SITI", "P", "", "KEPALA KELUARGA", LEBAK_DESA).text()
                .getBytes(StandardCharsets.UTF_8)), 201).get("id").asLong();
        assertThat(await(ok).counts().valid()).isEqualTo(1);
        jdbc.sql("update import_batch set phase = 'COMMITTING' where id = :id").param("id", ok).update();
        JsonNode busy = call(STEWARD, post("/api/v1/intake/batches/" + ok + "/commit"), 400);
        assertThat(busy.get("errors").get(0).get("code").asString()).isEqualTo("BATCH_BUSY");
        assertThat(steward(() -> intake.find(ok)).status()).isEqualTo(BatchStatus.VALIDATED);
    }

    @Test
    void reportExportsNeutraliseFormulas() throws Exception {
        String file = new FileBuilder()
                .line("=HYPERLINK(\"http://evil\"),@SUM(1),+1,X,L,,,,,,,," + LEBAK_DESA)
                .line("-2,,,Y,Q,,,,,,,," + LEBAK_DESA).text();
        long id = call(STEWARD, upload(agency(), "evil.csv", file.getBytes(StandardCharsets.UTF_8)), 201).get("id").asLong();
        await(id);
        String csv = mvc.perform(get("/api/v1/intake/batches/" + id + "/report.csv").with(authentication(STEWARD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("'@SUM(1)").contains("'+1").doesNotContain(",@SUM").doesNotContain(",+1,");
        assertThat(csv).contains("SEX_CODE");
        byte[] xlsx = mvc.perform(get("/api/v1/intake/batches/" + id + "/report.xlsx").with(authentication(STEWARD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            List<String> values = new java.util.ArrayList<>();
            for (var row : sheet) {
                var cell = row.getCell(4);
                if (cell != null) {
                    values.add(cell.getStringCellValue());
                }
            }
            assertThat(values).contains("'@SUM(1)", "'+1").noneMatch(v -> v.startsWith("=") || v.startsWith("@")
                    || v.startsWith("+") || v.startsWith("-"));
        }
    }
}
