package id.jaring.program.web;

import static id.jaring.program.ProgramFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

import id.jaring.access.Role;
import id.jaring.program.Programme;
import id.jaring.program.Programmes;

@SpringBootTest
@AutoConfigureMockMvc
class ProgramPagesTests {

    static final Authentication DINKES_OPD = user(7201, Role.OPERATOR_OPD, "DINKES", null);
    static final Authentication DINSOS_OPD = user(7202, Role.OPERATOR_OPD, "DINSOS", null);

    @Autowired MockMvc mvc;
    @Autowired Programmes programmes;

    String page(Authentication who, String url) throws Exception {
        return mvc.perform(get(url).with(authentication(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void listsProgrammesAndShowsJamsosratuWithComponentsAndQuotas() throws Exception {
        String list = page(DINKES_OPD, "/programmes");
        assertThat(list).contains("JAMSOSRATU", "PKH_DAERAH", "Program").doesNotContain("id=\"new-programme\"");
        assertThat(page(STEWARD, "/programmes")).contains("id=\"new-programme\"");

        String jamsosratu = page(DINKES_OPD, "/programmes/JAMSOSRATU");
        assertThat(jamsosratu).contains("60 bulan", "Rp3.000.000", "Rp225.000", "14.291", "Kabupaten Lebak",
                "/enrolments/JAMSOSRATU/36.02");
        assertThat(jamsosratu).doesNotContain("id=\"add-component\"");   // another agency's programme: read only
        assertThat(page(DINSOS_OPD, "/programmes/JAMSOSRATU")).contains("id=\"add-component\"");
        assertThat(page(DINSOS_OPD, "/programmes/JAMSOSRATU?lang=en")).contains("60 months", "Benefit components");
        mvc.perform(get("/programmes/NOPE").with(authentication(DINKES_OPD))).andExpect(status().isNotFound());
        assertThat(page(DINKES_OPD, "/agencies")).contains("DINSOS", "Dinas Sosial Provinsi Banten");
    }

    @Test
    void createsAProgrammeThroughTheFormAndShowsErrorsBesideTheFields() throws Exception {
        String code = uniqueCode("WEB");
        mvc.perform(post("/programmes").with(authentication(STEWARD)).with(csrf())
                        .param("code", code.toLowerCase()).param("name", "Program web").param("ownerAgency", "DINSOS")
                        .param("periodStart", "2026-01-01").param("periodEnd", "").param("maxDurationMonths", "60")
                        .param("componentCap", "4").param("status", "AKTIF").param("reentryWaitMonths", "18")
                        .param("automaticExits", "KEPUTUSAN"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/programmes/" + code));
        Programme created = as(STEWARD, () -> programmes.get(code));
        assertThat(created.periodEnd()).isNull();
        assertThat(created.reentryWaitMonths()).isEqualTo(18);
        assertThat(created.automaticExits()).isEqualTo(id.jaring.program.AutomaticExits.KEPUTUSAN);
        assertThat(page(STEWARD, "/programmes/" + code)).contains("18 bulan", "keputusan sistem");

        String invalid = mvc.perform(post("/programmes").with(authentication(STEWARD)).with(csrf())
                        .param("code", uniqueCode("WEB")).param("name", "X").param("ownerAgency", "DINSOS")
                        .param("periodStart", "2026-06-01").param("periodEnd", "2026-01-01")
                        .param("maxDurationMonths", "60").param("componentCap", "4").param("status", "AKTIF")
                        .param("reentryWaitMonths", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(invalid).contains("data-code=\"PERIOD_INVALID\"", "Akhir periode tidak boleh sebelum awal periode.",
                "data-code=\"REENTRY_WAIT_INVALID\"");

        String badComponent = mvc.perform(post("/programmes/" + code + "/components").with(authentication(STEWARD)).with(csrf())
                        .param("code", "SD").param("name", "SD").param("amountPerYear", "abc").param("tahapPerYear", "4")
                        .param("amountPerTahap", "225.000"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(badComponent).contains("data-code=\"AMOUNT_INVALID\"");
        mvc.perform(post("/programmes/" + code + "/components").with(authentication(STEWARD)).with(csrf())
                        .param("code", "SD").param("name", "SD").param("amountPerYear", "900.000").param("tahapPerYear", "4")
                        .param("amountPerTahap", "225.000"))
                .andExpect(redirectedUrl("/programmes/" + code));

        mvc.perform(post("/programmes/" + code + "/quotas/36.02").with(authentication(STEWARD)).with(csrf()).param("quota", "-3"))
                .andExpect(flash().attribute("flashError", "Kuota tidak boleh negatif."));
        mvc.perform(post("/programmes/" + code + "/quotas/36.02").with(authentication(DINKES_OPD)).with(csrf()).param("quota", "3"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/programmes/" + code + "/quotas/36.02").with(authentication(DINSOS_OPD)).with(csrf()).param("quota", "3"))
                .andExpect(flash().attributeExists("flashSuccess"));
        mvc.perform(post("/programmes").with(authentication(DINSOS_OPD)).with(csrf()).param("code", uniqueCode("WEB")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theComponentFormsTakeAMemberConditionAndShowItsRuleErrorBesideTheField() throws Exception {
        String code = as(STEWARD, () -> programmes.create(running(uniqueCode("WMC")))).code();
        String refused = mvc.perform(post("/programmes/" + code + "/components").with(authentication(STEWARD)).with(csrf())
                        .param("code", "SD").param("name", "SD").param("amountPerYear", "900.000").param("tahapPerYear", "4")
                        .param("amountPerTahap", "225.000").param("memberCondition", "sekolah = KULIAH"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("data-code=\"RULE_UNKNOWN_VALUE\"", "sekolah = KULIAH",
                "Baris 1, kolom 11: &#39;KULIAH&#39; bukan nilai sekolah yang sah.");
        mvc.perform(post("/programmes/" + code + "/components").with(authentication(STEWARD)).with(csrf())
                        .param("code", "SD").param("name", "SD").param("amountPerYear", "900.000").param("tahapPerYear", "4")
                        .param("amountPerTahap", "225.000").param("memberCondition", "sekolah = SD DAN umur < 21"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(STEWARD, "/programmes/" + code)).contains("sekolah = SD DAN umur &lt; 21");

        String edit = mvc.perform(post("/programmes/" + code + "/components/SD/edit").with(authentication(STEWARD)).with(csrf())
                        .param("name", "SD").param("amountPerYear", "900.000").param("tahapPerYear", "4")
                        .param("amountPerTahap", "225.000").param("memberCondition", "desil <= 4"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(edit).contains("data-code=\"RULE_FAMILY_ATTRIBUTE_IN_MEMBER_CONDITION\"");
        assertThat(page(STEWARD, "/programmes/" + code + "/components/SD/edit?lang=en")).contains("For the member (condition)",
                "sekolah = SD DAN umur &lt; 21");
    }
}
