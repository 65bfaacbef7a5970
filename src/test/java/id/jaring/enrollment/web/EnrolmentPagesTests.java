package id.jaring.enrollment.web;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

import id.jaring.access.Role;
import id.jaring.program.Programme;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import id.jaring.registry.Fixtures;
import id.jaring.registry.HouseholdRegistration;

@SpringBootTest
@AutoConfigureMockMvc
class EnrolmentPagesTests {

    static final Authentication MAKER = user(9201, Role.OPERATOR_KABKOTA, null, "36.02");
    static final Authentication CHECKER = user(9202, Role.OPERATOR_KABKOTA, null, "36.02");
    static final Authentication SERANG = user(9203, Role.OPERATOR_KABKOTA, null, "36.73");

    @Autowired MockMvc mvc;
    @Autowired Programmes programmes;
    @Autowired Quotas quotas;
    @Autowired HouseholdRegistration registration;
    @Autowired JdbcClient jdbc;

    String page(Authentication who, String url) throws Exception {
        return mvc.perform(get(url).with(authentication(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theProposeFormOffersOnlyProgrammesTheUserMayProposeFor() throws Exception {
        Programme p = programmeWithQuotas(programmes, quotas, "36.02", 2);   // a DINSOS programme
        Authentication dinsos = user(9204, Role.OPERATOR_OPD, "DINSOS", null);
        Authentication dinkes = user(9205, Role.OPERATOR_OPD, "DINKES", null);

        assertThat(page(dinsos, "/enrolments/propose")).contains("value=\"" + p.code() + "\"");
        assertThat(page(dinkes, "/enrolments/propose")).doesNotContain(p.code());
        assertThat(page(MAKER, "/enrolments/propose")).contains("value=\"" + p.code() + "\"");
    }

    @Test
    void proposesByNoKkThenASecondUserApprovesOnTheProgrammePage() throws Exception {
        Programme p = programmeWithQuotas(programmes, quotas, "36.02", 2);
        long h = as(STEWARD, () -> registration.register(Fixtures.family(LEBAK_KEC, LEBAK_DESA, "WEB")).id());
        String noKk = jdbc.sql("select no_kk from household where id = :id").param("id", h).query(String.class).single();

        assertThat(page(MAKER, "/households/" + h)).contains("/enrolments/propose?household=" + h);
        assertThat(page(MAKER, "/enrolments/propose?household=" + h)).contains("value=\"" + h + "\"", p.code());
        String refused = mvc.perform(post("/enrolments/propose").with(authentication(MAKER)).with(csrf())
                        .param("programme", p.code()).param("householdId", "").param("noKk", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("data-code=\"ENROLMENT_HOUSEHOLD_REQUIRED\"");

        mvc.perform(post("/enrolments/propose").with(authentication(MAKER)).with(csrf())
                        .param("programme", p.code()).param("noKk", noKk).param("note", "musdes 2026"))
                .andExpect(redirectedUrl("/enrolments/" + p.code() + "/36.02"));
        long id = jdbc.sql("select id from enrolment where household_id = :h").param("h", h).query(Long.class).single();

        String pending = page(CHECKER, "/enrolments/" + p.code() + "/36.02");
        assertThat(pending).contains("id=\"proposal-" + id + "\"", "musdes 2026", "id=\"approve-" + id + "\"");

        mvc.perform(post("/enrolments/" + id + "/approve").with(authentication(MAKER)).with(csrf()))
                .andExpect(flash().attribute("flashError",
                        "Usulan harus disetujui atau ditolak oleh pengguna lain, bukan pengusulnya."));
        mvc.perform(post("/enrolments/" + id + "/approve").with(authentication(CHECKER)).with(csrf()))
                .andExpect(redirectedUrl("/enrolments/" + p.code() + "/36.02"))
                .andExpect(flash().attributeExists("flashSuccess"));

        String kpm = page(CHECKER, "/enrolments/" + p.code() + "/36.02");
        assertThat(kpm).contains("id=\"kpm-" + id + "\"", noKk).doesNotContain("id=\"proposal-" + id + "\"");
        assertThat(kpm).contains("<dd id=\"enrolled\">1</dd>");

        mvc.perform(get("/enrolments/" + p.code() + "/36.02").with(authentication(SERANG))).andExpect(status().isNotFound());
        mvc.perform(get("/enrolments/" + p.code() + "/36.02").with(authentication(user(9204, Role.PIMPINAN, null, null))))
                .andExpect(status().isForbidden());
    }
}
