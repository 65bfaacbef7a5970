package id.jaring.targeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

import id.jaring.access.Role;
import id.jaring.support.TestUsers;

/** The rule editor page and the REST API. */
@SpringBootTest
@AutoConfigureMockMvc
class RulesWebTests {

    static final Authentication STEWARD = TestUsers.as(Role.DATA_STEWARD, null);
    static final Authentication LEBAK = TestUsers.as(Role.OPERATOR_KABKOTA, "36.02");
    static final Authentication LEADER = TestUsers.as(Role.PIMPINAN, null);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    String page(Authentication user, String path, String text, String household) throws Exception {
        var request = post(path).with(authentication(user)).with(csrf()).param("text", text);
        if (household != null) {
            request = request.param("household", household);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void thePageOffersAnExampleRuleInBahasaIndonesia() throws Exception {
        String html = mvc.perform(get("/targeting/rules").with(authentication(STEWARD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Aturan kelayakan").contains("Periksa").contains("Pratinjau").contains("Mengapa?")
                .contains("ANY MEMBER (hamil");
    }

    @Test
    void checkShowsTheErrorWithItsLineColumnAndCaret() throws Exception {
        String html = page(STEWARD, "/targeting/rules/check", "desil <= 4\nAND ANY MEMBER (sekolah = KULIAH)", null);
        assertThat(html).contains("Baris 2, kolom 27").contains("KULIAH")
                .contains("AND ANY MEMBER (sekolah = KULIAH)\n" + " ".repeat(26) + "^");
        assertThat(page(STEWARD, "/targeting/rules/check", "desil <= 4", null)).contains("Aturan sah.");
        String english = mvc.perform(post("/targeting/rules/check").param("lang", "en").with(authentication(STEWARD))
                .with(csrf()).param("text", "desil <=")).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Line 1, column 9: the rule ends too early");
    }

    @Test
    void previewCountsFamiliesPerKabKota() throws Exception {
        OneFamily.insert(jdbc, OneFamily.LEBAK_DESA, 1, true, LocalDate.of(1980, 1, 1), LocalDate.of(2001, 1, 1));
        String html = page(LEBAK, "/targeting/rules/preview", "desil = 1 AND ADA ANGGOTA (hamil)", null);
        assertThat(html).contains("Aturan ini memilih").contains("di antaranya").contains("36.02 ")
                .doesNotContain("36.73 ");
    }

    @Test
    void whyShowsTheTreeWithBadgesAndDecidingMembers() throws Exception {
        OneFamily.Family f = OneFamily.insert(jdbc, OneFamily.LEBAK_DESA, 2, true,
                LocalDate.of(1980, 1, 1), LocalDate.of(2001, 1, 1));
        String html = page(LEBAK, "/targeting/rules/explain", "desil <= 4 DAN ADA ANGGOTA (hamil)", String.valueOf(f.id()));
        assertThat(html).contains("MEMENUHI SYARAT").contains("desil &lt;= 4").contains("ANGGOTA 2")
                .contains("menentukan").contains("rule-true").contains("<strong>ya</strong>");
        String byNoKk = page(LEBAK, "/targeting/rules/explain", "desil > 4", f.noKk());
        assertThat(byNoKk).contains("TIDAK MEMENUHI SYARAT").contains("rule-false");
        OneFamily.Family serang = OneFamily.insert(jdbc, OneFamily.SERANG_DESA, 2, false, LocalDate.of(1980, 1, 1));
        assertThat(page(LEBAK, "/targeting/rules/explain", "desil <= 4", String.valueOf(serang.id())))
                .contains("Keluarga tidak ditemukan di wilayah Anda.");
        assertThat(page(LEADER, "/targeting/rules/explain", "desil <= 4", String.valueOf(f.id())))
                .contains("Peran Anda tidak boleh melihat data anggota keluarga.").doesNotContain("ANGGOTA 2");
    }

    @Test
    void theApiChecksPreviewsAndExplains() throws Exception {
        mvc.perform(post("/api/v1/targeting/rules/check").with(authentication(STEWARD)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"desil <= 4 AND umur < 6\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("RULE_MEMBER_ATTRIBUTE_OUTSIDE_QUANTIFIER"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("Baris 1, kolom 16")));
        mvc.perform(post("/api/v1/targeting/rules/check").with(authentication(STEWARD)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"desil <= 4\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(true));

        OneFamily.Family f = OneFamily.insert(jdbc, OneFamily.LEBAK_DESA, 2, true,
                LocalDate.of(1980, 1, 1), LocalDate.of(2001, 1, 1));
        mvc.perform(post("/api/v1/targeting/rules/preview").with(authentication(LEBAK)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"desil = 2 AND ANY MEMBER (hamil)\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.perKabKota[0].code").value("36.02"));
        String body = "{\"text\": \"desil = 2 AND ANY MEMBER (hamil)\", \"householdId\": " + f.id() + "}";
        mvc.perform(post("/api/v1/targeting/rules/explain").with(authentication(LEBAK)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.eligible").value(true))
                .andExpect(jsonPath("$.condition.parts[1].members[1].deciding").value(true));
        mvc.perform(post("/api/v1/targeting/rules/explain").with(authentication(LEADER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/targeting/rules/explain").with(authentication(TestUsers.as(Role.OPERATOR_KABKOTA, "36.73")))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isNotFound());
    }
}
