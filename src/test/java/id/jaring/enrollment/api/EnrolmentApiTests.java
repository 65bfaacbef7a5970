package id.jaring.enrollment.api;

import static id.jaring.program.ProgramFixtures.*;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import id.jaring.program.Programme;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import id.jaring.registry.Fixtures;
import id.jaring.registry.HouseholdRegistration;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class EnrolmentApiTests {

    static final Authentication MAKER = user(9101, Role.OPERATOR_KABKOTA, null, "36.02");
    static final Authentication CHECKER = user(9102, Role.DATA_STEWARD, null, null);
    static final Authentication SERANG = user(9103, Role.OPERATOR_KABKOTA, null, "36.73");

    @Autowired MockMvc mvc;
    @Autowired Programmes programmes;
    @Autowired Quotas quotas;
    @Autowired HouseholdRegistration registration;
    final JsonMapper json = JsonMapper.builder().build();

    static MockHttpServletRequestBuilder req(Authentication who, MockHttpServletRequestBuilder request) {
        return request.with(authentication(who)).with(csrf()).accept(MediaType.APPLICATION_JSON)
                .contentType(MediaType.APPLICATION_JSON);
    }

    long lebakFamily() {
        return as(STEWARD, () -> registration.register(Fixtures.family(LEBAK_KEC, LEBAK_DESA, "API")).id());
    }

    long propose(Authentication who, Programme p, long household) throws Exception {
        String body = mvc.perform(req(who, post("/api/v1/enrolments")
                        .content("{\"programmeCode\": \"%s\", \"householdId\": %d}".formatted(p.code(), household))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DIUSULKAN"))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    @Test
    void proposeApproveListAndRefusalsAsProblemJson() throws Exception {
        Programme p = programmeWithQuotas(programmes, quotas, "36.02", 1);
        long h = lebakFamily();
        long id = propose(MAKER, p, h);

        mvc.perform(req(MAKER, post("/api/v1/enrolments/" + id + "/approve")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].code").value("MAKER_CHECKER"));
        mvc.perform(req(CHECKER, post("/api/v1/enrolments/" + id + "/approve")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AKTIF"))
                .andExpect(jsonPath("$.startDate").isNotEmpty());
        mvc.perform(req(CHECKER, post("/api/v1/enrolments")
                        .content("{\"programmeCode\": \"%s\", \"householdId\": %d}".formatted(p.code(), h))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("ENROLMENT_DUPLICATE"));
        mvc.perform(req(MAKER, post("/api/v1/enrolments")
                        .content("{\"programmeCode\": \"%s\", \"householdId\": %d}".formatted(p.code(), lebakFamily()))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("QUOTA_EXHAUSTED"));

        mvc.perform(req(MAKER, get("/api/v1/enrolments").param("programme", p.code()).param("kabKota", "36.02")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].householdId").value(h))
                .andExpect(jsonPath("$.nextAfter").doesNotExist());
        mvc.perform(req(MAKER, get("/api/v1/enrolments").param("household", String.valueOf(h))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].programmeCode").value(p.code()));
    }

    @Test
    void outsideTheScopeIsNotFoundAndRolesThatMayNotAreForbidden() throws Exception {
        Programme p = programmeWithQuotas(programmes, quotas, "36.02", 5);
        long h = lebakFamily();
        mvc.perform(req(SERANG, post("/api/v1/enrolments")
                        .content("{\"programmeCode\": \"%s\", \"householdId\": %d}".formatted(p.code(), h))))
                .andExpect(status().isNotFound());
        long id = propose(MAKER, p, h);
        mvc.perform(req(SERANG, post("/api/v1/enrolments/" + id + "/approve"))).andExpect(status().isNotFound());
        mvc.perform(req(SERANG, get("/api/v1/enrolments/" + id))).andExpect(status().isNotFound());
        mvc.perform(req(user(9104, Role.AUDITOR, null, null), post("/api/v1/enrolments/" + id + "/approve")))
                .andExpect(status().isForbidden());
        mvc.perform(req(CHECKER, post("/api/v1/enrolments/" + id + "/reject").content("{\"reason\": \"\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("REJECTION_REASON_REQUIRED"));
        mvc.perform(req(CHECKER, post("/api/v1/enrolments/" + id + "/reject").content("{\"reason\": \"data ganda\"}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DITOLAK"));
    }
}
