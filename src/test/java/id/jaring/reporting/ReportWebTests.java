package id.jaring.reporting;

import static id.jaring.program.ProgramFixtures.STEWARD;
import static id.jaring.program.ProgramFixtures.user;
import static id.jaring.reporting.IntegrationRegistry.KOTA_SERANG;
import static id.jaring.reporting.IntegrationRegistry.LEBAK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.jaring.access.Role;

/** The report pages, their downloads and the REST API on the hand-built registry of {@link IntegrationRegistry}. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportWebTests {

    static final Authentication LEBAK_OPERATOR = user(8431, Role.OPERATOR_KABKOTA, null, LEBAK);
    static final Authentication LEADER = user(8432, Role.PIMPINAN, null, null);

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext beans;

    IntegrationRegistry r;

    @BeforeAll
    void buildRegistry() {
        r = new IntegrationRegistry(beans, 8421);
    }

    String page(Authentication who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(authentication(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theOverviewListsProgrammesAndComplementarityOfTheTickedProgrammes() throws Exception {
        String html = page(STEWARD, get("/reports").param("programme", r.a.code(), r.b.code(), r.c.code()));
        assertThat(html).contains("id=\"programme-" + r.a.code() + "\"", "id=\"cmp-" + LEBAK + "\"",
                "id=\"cmp-" + KOTA_SERANG + "\"", "Integrasi program", "hx-get=\"/reports\"");
        assertThat(html).containsPattern("id=\"cmp-" + r.a.code() + "\"[^>]*checked");
        assertThat(page(LEADER, get("/reports").param("lang", "en"))).contains("Programme integration", "Reports");
    }

    @Test
    void theCoveragePageShowsCountsPerKabKotaAndLinksToFamiliesForRolesThatMayListThem() throws Exception {
        String html = page(STEWARD, get("/reports/coverage/" + r.a.code()));
        assertThat(html).contains("id=\"kab-" + LEBAK + "\"", "id=\"kab-" + KOTA_SERANG + "\"", "id=\"kab-total\"",
                "id=\"list-EXCLUSION-" + LEBAK + "\"", "id=\"list-INCLUSION_ERROR-all\"", "33,3");
        String leader = page(LEADER, get("/reports/coverage/" + r.a.code()));
        assertThat(leader).contains("id=\"kab-" + LEBAK + "\"", "id=\"counts-only\"").doesNotContain("id=\"list-");
        assertThat(page(STEWARD, get("/reports/coverage/" + r.c.code()))).contains("id=\"no-rule\"");
        mvc.perform(get("/reports/coverage/TIDAK_ADA").with(authentication(STEWARD))).andExpect(status().isNotFound());
    }

    @Test
    void theFamiliesPageShowsFamiliesWithoutNamesInTheCallersRegion() throws Exception {
        String url = "/reports/coverage/" + r.a.code() + "/families/INCLUSION_ERROR";
        String html = page(STEWARD, get(url));
        assertThat(html).contains("id=\"family-" + r.l4 + "\"", "id=\"family-" + r.s3 + "\"", r.noKk(r.s3), "Pindah",
                "Sawarna", "Cigoong").doesNotContain("KEPALA LAPORAN", "SITI AMINAH");
        String lebak = page(LEBAK_OPERATOR, get(url));
        assertThat(lebak).contains("id=\"family-" + r.l4 + "\"").doesNotContain("id=\"family-" + r.s3 + "\"",
                r.noKk(r.s3));
        mvc.perform(get(url).param("kabKota", KOTA_SERANG).with(authentication(LEBAK_OPERATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get(url).with(authentication(LEADER))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/coverage/" + r.a.code() + "/families/SEMUA").with(authentication(STEWARD)))
                .andExpect(status().isNotFound());
        assertThat(page(STEWARD, get(url).param("lang", "en"))).contains("Served but not eligible (inclusion error)");

        String first = page(STEWARD, get("/reports/coverage/" + r.a.code() + "/families/EXCLUSION"));
        assertThat(first).contains("id=\"family-" + r.l2 + "\"", "id=\"family-" + r.s2 + "\"")
                .doesNotContain("id=\"next-page\"");
    }

    @Test
    void familiesOfAProgrammeWithoutARuleAreRefusedWithAMessage() throws Exception {
        mvc.perform(get("/reports/coverage/" + r.c.code() + "/families/EXCLUSION").with(authentication(STEWARD)))
                .andExpect(redirectedUrl("/reports/coverage/" + r.c.code()))
                .andExpect(flash().attribute("flashError", "Program " + r.c.code()
                        + " belum memiliki aturan kelayakan, sehingga eksklusi dan inklusi keliru tidak dapat dihitung."));
        mvc.perform(get("/api/v1/reports/coverage/" + r.c.code() + "/families").param("category", "EXCLUSION")
                        .with(authentication(STEWARD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value(CoverageFamilies.NO_RULE));
    }

    @Test
    void downloadsFromThePagesAreFiles() throws Exception {
        var csv = mvc.perform(get("/reports/coverage/" + r.a.code() + "/families/EXCLUSION/export.csv")
                        .param("kabKota", LEBAK).with(authentication(STEWARD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"" + r.a.code() + "-exclusion-" + LEBAK + ".csv\""))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(2).last().asString().startsWith(r.noKk(r.l2) + ",");

        byte[] xlsx = mvc.perform(get("/reports/coverage/" + r.b.code() + "/summary.xlsx").with(authentication(LEADER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = IntegrationReportTests.xlsx(xlsx);
        assertThat(rows.get(1)).startsWith(LEBAK, "Kabupaten Lebak", "2", "1", "1", "1", "0");

        String combinations = mvc.perform(get("/reports/complementarity/combinations.csv")
                        .param("programme", r.a.code(), r.b.code()).with(authentication(STEWARD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String ab = String.join(" + ", IntegrationReportTests.sorted(r.a.code(), r.b.code()));
        assertThat(combinations.lines().toList()).containsExactly(
                "\uFEFFKode kab/kota,Kab/kota,Kombinasi program,Jumlah program,Keluarga",
                LEBAK + ",Kabupaten Lebak," + ab + ",2,1",
                KOTA_SERANG + ",Kota Serang," + ab + ",2,2");
        mvc.perform(get("/reports/complementarity/semua.csv").with(authentication(STEWARD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports/coverage/" + r.a.code() + "/summary.pdf").with(authentication(STEWARD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports/coverage/" + r.a.code() + "/families/EXCLUSION/export.csv")
                        .with(authentication(LEADER)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theRestApiAnswersCountsFamiliesAndComplementarity() throws Exception {
        String base = "/api/v1/reports/coverage/" + r.a.code();
        mvc.perform(get(base).with(authentication(LEADER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleVersion").value(1))
                .andExpect(jsonPath("$.rows[0].kabKotaCode").value(LEBAK))
                .andExpect(jsonPath("$.rows[0].eligible").value(3))
                .andExpect(jsonPath("$.rows[1].inclusionError").value(1))
                .andExpect(jsonPath("$.total.exclusion").value(2));
        mvc.perform(get(base + "/families").param("category", "EXCLUSION").param("size", "1")
                        .with(authentication(STEWARD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].householdId").value(r.l2))
                .andExpect(jsonPath("$.items[0].noKk").value(r.noKk(r.l2)))
                .andExpect(jsonPath("$.nextAfter").value(r.l2));
        mvc.perform(get(base + "/families").param("category", "EXCLUSION").with(authentication(LEADER)))
                .andExpect(status().isForbidden());
        mvc.perform(get(base + "/families").param("category", "SEMUA").with(authentication(STEWARD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("MALFORMED_REQUEST"));
        mvc.perform(get(base + "/families").param("category", "EXCLUSION").param("kabKota", KOTA_SERANG)
                        .with(authentication(LEBAK_OPERATOR)))
                .andExpect(status().isNotFound());
        byte[] xlsx = mvc.perform(get(base + "/families/export.xlsx").param("category", "INCLUSION_ERROR")
                        .with(authentication(LEBAK_OPERATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(IntegrationReportTests.xlsx(xlsx)).hasSize(2).last().asList().startsWith(r.noKk(r.l4));
        mvc.perform(get("/api/v1/reports/complementarity").param("programme", r.a.code(), r.b.code(), r.c.code())
                        .with(authentication(LEBAK_OPERATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kabKota.length()").value(1))
                .andExpect(jsonPath("$.kabKota[0].several").value(1))
                .andExpect(jsonPath("$.combinations[0].families").value(1));
    }
}
