package id.jaring.program.api;

import static id.jaring.program.ProgramFixtures.*;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.jaring.access.Role;

@SpringBootTest
@AutoConfigureMockMvc
class ProgramApiTests {

    static final Authentication DINKES_OPD = user(7101, Role.OPERATOR_OPD, "DINKES", null);
    static final Authentication DINSOS_OPD = user(7102, Role.OPERATOR_OPD, "DINSOS", null);

    @Autowired MockMvc mvc;

    static MockHttpServletRequestBuilder as(Authentication who, MockHttpServletRequestBuilder request) {
        return request.with(authentication(who)).with(csrf()).accept(MediaType.APPLICATION_JSON)
                .contentType(MediaType.APPLICATION_JSON);
    }

    static String programme(String code, String start, String end) {
        return """
                {"code": "%s", "name": "Program uji", "ownerAgency": "DINSOS", "periodStart": "%s", "periodEnd": %s,
                 "maxDurationMonths": 60, "componentCap": 4, "status": "AKTIF"}
                """.formatted(code, start, end == null ? "null" : "\"" + end + "\"");
    }

    @Test
    void readsJamsosratuWithComponentsAndQuotas() throws Exception {
        mvc.perform(as(user(7103, Role.PIMPINAN, null, null), get("/api/v1/programmes/JAMSOSRATU")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programme.maxDurationMonths").value(60))
                .andExpect(jsonPath("$.programme.reentryWaitMonths").value(24))
                .andExpect(jsonPath("$.programme.automaticExits").value("USULAN"))
                .andExpect(jsonPath("$.components.length()").value(7))
                .andExpect(jsonPath("$.components[?(@.code == 'SMA')].amountPerTahap").value(500000))
                .andExpect(jsonPath("$.quotas[?(@.kabKotaCode == '36.02')].quota").value(14291));
        mvc.perform(as(DINKES_OPD, get("/api/v1/agencies")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.code == 'DINSOS')].kind").value("OPD"));
        mvc.perform(as(DINKES_OPD, get("/api/v1/programmes/NOPE"))).andExpect(status().isNotFound());
    }

    @Test
    void answersValidationFailuresAsProblemJsonWithStableCodes() throws Exception {
        String code = uniqueCode("API");
        mvc.perform(as(STEWARD, post("/api/v1/programmes").content(programme(code, "2026-01-01", null))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/programmes/" + code));
        mvc.perform(as(STEWARD, post("/api/v1/programmes").content(programme(code, "2026-01-01", null))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].code").value("PROGRAMME_CODE_TAKEN"));
        mvc.perform(as(STEWARD, post("/api/v1/programmes").content(programme(uniqueCode("API"), "2026-06-01", "2026-01-01"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("PERIOD_INVALID"))
                .andExpect(jsonPath("$.errors[0].message", Matchers.not(Matchers.emptyString())));
        mvc.perform(as(STEWARD, post("/api/v1/programmes/" + code + "/components")
                        .content("{\"code\": \"SD\", \"name\": \"SD\", \"amountPerYear\": 0, \"tahapPerYear\": 4, \"amountPerTahap\": 225000}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("AMOUNT_INVALID"));
        mvc.perform(as(STEWARD, put("/api/v1/programmes/" + code + "/quotas/36.02").content("{\"quota\": -1}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("QUOTA_NEGATIVE"));
        mvc.perform(as(STEWARD, post("/api/v1/programmes").content("{\"code\": ")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("MALFORMED_REQUEST"));
    }

    @Test
    void agencyOperatorsChangeOnlyTheirAgencysProgrammes() throws Exception {
        String code = uniqueCode("API");
        mvc.perform(as(STEWARD, post("/api/v1/programmes").content(programme(code, "2026-01-01", null))))
                .andExpect(status().isCreated());
        mvc.perform(as(DINKES_OPD, put("/api/v1/programmes/" + code + "/quotas/36.02").content("{\"quota\": 5}")))
                .andExpect(status().isForbidden());
        mvc.perform(as(DINSOS_OPD, post("/api/v1/programmes").content(programme(uniqueCode("API"), "2026-01-01", null))))
                .andExpect(status().isForbidden());
        mvc.perform(as(DINSOS_OPD, put("/api/v1/programmes/" + code + "/quotas/36.02").content("{\"quota\": 5}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quota").value(5))
                .andExpect(jsonPath("$.enrolled").value(0));
    }

    @Test
    void componentsCarryTheirMemberConditionAndARuleErrorIsAStableCode() throws Exception {
        mvc.perform(as(DINKES_OPD, get("/api/v1/programmes/JAMSOSRATU/components")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'SD')].memberCondition").value("sekolah = SD AND umur < 21"));
        String code = uniqueCode("AMC");
        mvc.perform(as(STEWARD, post("/api/v1/programmes").content(programme(code, "2026-01-01", null))))
                .andExpect(status().isCreated());
        mvc.perform(as(STEWARD, post("/api/v1/programmes/" + code + "/components").content("""
                        {"code": "LANSIA", "name": "Lansia", "amountPerYear": 2400000, "tahapPerYear": 4,
                         "amountPerTahap": 600000, "memberCondition": "umur >= "}""")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("RULE_UNEXPECTED_END"))
                .andExpect(jsonPath("$.errors[0].field").value("memberCondition"));
        mvc.perform(as(STEWARD, post("/api/v1/programmes/" + code + "/components").content("""
                        {"code": "LANSIA", "name": "Lansia", "amountPerYear": 2400000, "tahapPerYear": 4,
                         "amountPerTahap": 600000, "memberCondition": "umur >= 70"}""")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.memberCondition").value("umur >= 70"));
    }
}
