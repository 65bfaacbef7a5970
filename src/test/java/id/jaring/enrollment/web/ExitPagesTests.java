package id.jaring.enrollment.web;

import static id.jaring.program.ProgramFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import id.jaring.enrollment.Enrolment;
import id.jaring.enrollment.EnrolmentProposals;
import id.jaring.enrollment.Propose;
import id.jaring.program.Programme;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import id.jaring.registry.Fixtures;
import id.jaring.registry.HouseholdRegistration;

/** The graduation section of the enrolment page, the open exits list and the slot ledger page. */
@SpringBootTest
@AutoConfigureMockMvc
class ExitPagesTests {

    static final Authentication MAKER = user(9401, Role.OPERATOR_KABKOTA, null, "36.02");
    static final Authentication CHECKER = user(9402, Role.OPERATOR_KABKOTA, null, "36.02");
    static final Authentication PENDAMPING = user(9403, Role.PENDAMPING, null, "36.02.17");
    static final Authentication OWNER = user(9404, Role.OPERATOR_OPD, "DINSOS", null);
    static final Authentication SERANG = user(9405, Role.OPERATOR_KABKOTA, null, "36.73");

    @Autowired MockMvc mvc;
    @Autowired Programmes programmes;
    @Autowired Quotas quotas;
    @Autowired EnrolmentProposals proposals;
    @Autowired HouseholdRegistration registration;
    @Autowired JdbcClient jdbc;

    String page(Authentication who, String url) throws Exception {
        return mvc.perform(get(url).with(authentication(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    Enrolment kpm(Programme p) {
        long h = as(STEWARD, () -> registration.register(Fixtures.family("360217", "36.02.17.2008", "WEB LULUS")).id());
        Enrolment proposed = as(MAKER, () -> proposals.propose(new Propose(p.code(), h, null, null)));
        return as(CHECKER, () -> proposals.approve(proposed.id()));
    }

    long exitOf(Enrolment e) {
        return jdbc.sql("select id from enrolment_exit where enrolment_id = :e and status in ('DIUSULKAN', 'DIVERIFIKASI')")
                .param("e", e.id()).query(Long.class).single();
    }

    @Test
    void aPendampingProposesTheOperatorVerifiesAndTheOwnerApprovesOnThePages() throws Exception {
        Programme p = programmeWithQuotas(programmes, quotas, "36.02", 2);
        Enrolment kpm = kpm(p);
        String enrolmentPage = "/enrolments/" + kpm.id();
        assertThat(page(PENDAMPING, enrolmentPage)).contains("id=\"propose-exit\"", "Graduasi mandiri", "id=\"enrolment-slot\"")
                .doesNotContain("value=\"ALAMIAH\"", "value=\"BATAS_WAKTU\"");

        mvc.perform(post(enrolmentPage + "/exits").with(authentication(PENDAMPING)).with(csrf())
                        .param("kind", "MANDIRI").param("reason", ""))
                .andExpect(redirectedUrl(enrolmentPage + "#exits"))
                .andExpect(flash().attribute("flashError", "Tuliskan alasan usulan."));
        mvc.perform(post(enrolmentPage + "/exits").with(authentication(PENDAMPING)).with(csrf())
                        .param("kind", "MANDIRI").param("reason", "usaha warung stabil"))
                .andExpect(flash().attribute("flashSuccess", "Usulan graduasi atau keluar disimpan."));
        long exit = exitOf(kpm);

        String forPendamping = page(PENDAMPING, enrolmentPage);
        assertThat(forPendamping).contains("id=\"exit-" + exit + "\"", "usaha warung stabil")
                .doesNotContain("id=\"verify-" + exit + "\"", "id=\"propose-exit\"");
        assertThat(page(CHECKER, enrolmentPage)).contains("id=\"verify-" + exit + "\"")
                .doesNotContain("id=\"approve-exit-" + exit + "\"");
        mvc.perform(post("/exits/" + exit + "/approve").with(authentication(OWNER)).with(csrf()))
                .andExpect(flash().attribute("flashError", "Graduasi mandiri harus diverifikasi (verivali) sebelum disetujui."));
        mvc.perform(post("/exits/" + exit + "/verify").with(authentication(CHECKER)).with(csrf()).param("note", "dikunjungi"))
                .andExpect(redirectedUrl(enrolmentPage + "#exits"))
                .andExpect(flash().attributeExists("flashSuccess"));

        String list = page(OWNER, "/enrolments/" + p.code() + "/36.02/exits");
        assertThat(list).contains("id=\"exit-" + exit + "\"", "id=\"approve-exit-" + exit + "\"", "Terverifikasi");
        mvc.perform(post("/exits/" + exit + "/approve").with(authentication(OWNER)).with(csrf()).param("back", "list"))
                .andExpect(redirectedUrl("/enrolments/" + p.code() + "/36.02/exits"))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(page(OWNER, "/enrolments/" + p.code() + "/36.02/exits")).contains("id=\"no-open-exits\"");

        String ended = page(OWNER, enrolmentPage);
        assertThat(ended).contains("id=\"enrolment-end\"", "id=\"enrolment-exit-kind\">Graduasi mandiri<", "Disetujui")
                .doesNotContain("id=\"propose-exit\"");
        assertThat(page(OWNER, enrolmentPage + "?lang=en")).contains("Self-sufficiency graduation", "Graduation and exit");

        mvc.perform(get("/enrolments/" + p.code() + "/36.02/exits").with(authentication(SERANG))).andExpect(status().isNotFound());
        mvc.perform(post("/exits/" + exit + "/reject").with(authentication(user(9406, Role.AUDITOR, null, null))).with(csrf())
                .param("reason", "x")).andExpect(status().isForbidden());
    }

    @Test
    void theSlotLedgerPageShowsWhoHeldEachSlotAndExportsCsv() throws Exception {
        Programme p = programmeWithQuotas(programmes, quotas, "36.02", 2);
        Enrolment kpm = kpm(p);
        mvc.perform(post("/enrolments/" + kpm.id() + "/exits").with(authentication(PENDAMPING)).with(csrf())
                .param("kind", "MENINGGAL").param("reason", "pengurus meninggal"));
        mvc.perform(post("/exits/" + exitOf(kpm) + "/approve").with(authentication(OWNER)).with(csrf()));

        String ledger = page(OWNER, "/enrolments/" + p.code() + "/36.02/slots");
        assertThat(ledger).contains("id=\"slot-1\"", kpm.noKk(), "Meninggal dunia", "id=\"slot-2\"", "kosong");
        assertThat(page(OWNER, "/enrolments/" + p.code() + "/36.02/slots?lang=en")).contains("Slot ledger", "Deceased", "free");
        assertThat(page(OWNER, "/enrolments/" + p.code() + "/36.02")).contains("id=\"slots-link\"", "id=\"exits-link\"");
        String csv = mvc.perform(get("/enrolments/" + p.code() + "/36.02/slots.csv").with(authentication(OWNER)))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(3).element(1).asString().startsWith("1,false," + kpm.noKk()).contains("MENINGGAL");
        mvc.perform(get("/enrolments/" + p.code() + "/36.73/slots").with(authentication(MAKER))).andExpect(status().isNotFound());
    }
}
