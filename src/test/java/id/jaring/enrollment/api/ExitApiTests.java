package id.jaring.enrollment.api;

import static id.jaring.program.ProgramFixtures.*;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.jaring.access.Role;
import id.jaring.enrollment.Enrolment;
import id.jaring.enrollment.EnrolmentProposals;
import id.jaring.enrollment.Propose;
import id.jaring.program.Programme;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import id.jaring.registry.Fixtures;
import id.jaring.registry.HouseholdRegistration;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class ExitApiTests {

    static final Authentication MAKER = user(9501, Role.OPERATOR_KABKOTA, null, "36.02");
    static final Authentication CHECKER = user(9502, Role.OPERATOR_KABKOTA, null, "36.02");
    static final Authentication PENDAMPING = user(9503, Role.PENDAMPING, null, "36.02");
    static final Authentication OWNER = user(9504, Role.OPERATOR_OPD, "DINSOS", null);

    @Autowired MockMvc mvc;
    @Autowired Programmes programmes;
    @Autowired Quotas quotas;
    @Autowired EnrolmentProposals proposals;
    @Autowired HouseholdRegistration registration;
    final JsonMapper json = JsonMapper.builder().build();

    static MockHttpServletRequestBuilder req(Authentication who, MockHttpServletRequestBuilder request) {
        return request.with(authentication(who)).with(csrf()).accept(MediaType.APPLICATION_JSON)
                .contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void proposeVerifyApproveListAndTheLedgerOverTheApi() throws Exception {
        Programme p = programmeWithQuotas(programmes, quotas, "36.02", 2);
        long h = as(STEWARD, () -> registration.register(Fixtures.family("360217", "36.02.17.2009", "API LULUS")).id());
        Enrolment proposed = as(MAKER, () -> proposals.propose(new Propose(p.code(), h, null, null)));
        Enrolment kpm = as(CHECKER, () -> proposals.approve(proposed.id()));

        mvc.perform(req(PENDAMPING, post("/api/v1/enrolments/" + kpm.id() + "/exits").content("{\"kind\": \"NOPE\", \"reason\": \"x\"}")))
                .andExpect(status().isBadRequest());
        mvc.perform(req(PENDAMPING, post("/api/v1/enrolments/" + kpm.id() + "/exits").content("{\"kind\": \"ALAMIAH\", \"reason\": \"x\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].code").value("EXIT_KIND_AUTOMATIC"));
        String body = mvc.perform(req(PENDAMPING, post("/api/v1/enrolments/" + kpm.id() + "/exits")
                        .content("{\"kind\": \"MANDIRI\", \"reason\": \"tabungan dan usaha\"}")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DIUSULKAN"))
                .andExpect(jsonPath("$.evidence.anggotaHidup").value(3))
                .andReturn().getResponse().getContentAsString();
        long exit = json.readTree(body).get("id").asLong();
        mvc.perform(req(PENDAMPING, post("/api/v1/enrolments/" + kpm.id() + "/exits")
                        .content("{\"kind\": \"MANDIRI\", \"reason\": \"lagi\"}")))
                .andExpect(jsonPath("$.errors[0].code").value("EXIT_ALREADY_OPEN"));

        mvc.perform(req(OWNER, get("/api/v1/exits").param("programme", p.code()).param("kabKota", "36.02")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].id").value(exit));
        mvc.perform(req(PENDAMPING, post("/api/v1/exits/" + exit + "/verify"))).andExpect(status().isForbidden());
        mvc.perform(req(CHECKER, post("/api/v1/exits/" + exit + "/verify").content("{\"note\": \"benar\"}")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DIVERIFIKASI"));
        mvc.perform(req(OWNER, post("/api/v1/exits/" + exit + "/approve")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DISETUJUI"))
                .andExpect(jsonPath("$.exitDate").isNotEmpty());
        mvc.perform(req(OWNER, post("/api/v1/exits/" + exit + "/reject").content("{\"reason\": \"telat\"}")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("EXIT_NOT_PENDING"));
        mvc.perform(req(OWNER, get("/api/v1/enrolments/" + kpm.id())))
                .andExpect(jsonPath("$.status").value("SELESAI")).andExpect(jsonPath("$.exitKind").value("MANDIRI"));
        mvc.perform(req(OWNER, get("/api/v1/enrolments/" + kpm.id() + "/exits")))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].verifiedBy").value("user9502"));

        mvc.perform(req(OWNER, get("/api/v1/programmes/" + p.code() + "/slots").param("kabKota", "36.02")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slotCount").value(2))
                .andExpect(jsonPath("$.slots[0].holdings[0].exitKind").value("MANDIRI"))
                .andExpect(jsonPath("$.slots[1].occupied").value(false));
        mvc.perform(get("/api/v1/programmes/" + p.code() + "/slots.csv").param("kabKota", "36.02").with(authentication(OWNER)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"slots-" + p.code() + "-36.02.csv\""));
        mvc.perform(req(MAKER, get("/api/v1/programmes/" + p.code() + "/slots.csv").param("kabKota", "36.73")))
                .andExpect(status().isNotFound());
        mvc.perform(req(user(9505, Role.PIMPINAN, null, null), get("/api/v1/exits/" + exit))).andExpect(status().isForbidden());
    }

    @Test
    void theDataStewardOverridesTheReentryWaitOverTheApi() throws Exception {
        Programme p = programmeWithQuotas(programmes, quotas, "36.02", 2);
        long h = as(STEWARD, () -> registration.register(Fixtures.family("360217", "36.02.17.2009", "API KEMBALI")).id());
        Enrolment proposed = as(MAKER, () -> proposals.propose(new Propose(p.code(), h, null, null)));
        Enrolment kpm = as(CHECKER, () -> proposals.approve(proposed.id()));
        String exit = mvc.perform(req(PENDAMPING, post("/api/v1/enrolments/" + kpm.id() + "/exits")
                        .content("{\"kind\": \"MANDIRI\", \"reason\": \"mampu\"}"))).andReturn().getResponse().getContentAsString();
        long id = json.readTree(exit).get("id").asLong();
        mvc.perform(req(CHECKER, post("/api/v1/exits/" + id + "/verify")));
        mvc.perform(req(OWNER, post("/api/v1/exits/" + id + "/approve")));

        String again = "{\"programmeCode\": \"%s\", \"householdId\": %d%s}";
        mvc.perform(req(MAKER, post("/api/v1/enrolments").content(again.formatted(p.code(), h, ""))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("ENROLMENT_REENTRY_WAIT"));
        Authentication steward = user(9506, Role.DATA_STEWARD, null, null);
        mvc.perform(req(steward, post("/api/v1/enrolments")
                        .content(again.formatted(p.code(), h, ", \"reentryOverrideReason\": \"jatuh miskin lagi\""))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reentryOverrideReason").value("jatuh miskin lagi"))
                .andExpect(jsonPath("$.reentryOverrideBy").value("user9506"));
    }
}
