package id.jaring.enrollment.readiness;

import static id.jaring.enrollment.readiness.ReadinessFixtures.PENDAMPING;
import static id.jaring.program.ProgramFixtures.STEWARD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.jaring.program.Programme;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import id.jaring.registry.HouseholdRegistration;

/** Graduation readiness over REST: scoped reads, the explained family, field assessments, versions and runs. */
@SpringBootTest
@AutoConfigureMockMvc
class ReadinessApiTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Programmes programmes;
    @Autowired Quotas quotas;
    @Autowired HouseholdRegistration registration;
    @Autowired Clock clock;

    static MockHttpServletRequestBuilder req(Authentication who, MockHttpServletRequestBuilder request) {
        return request.with(authentication(who)).with(csrf()).accept(MediaType.APPLICATION_JSON)
                .contentType(MediaType.APPLICATION_JSON);
    }

    String assessment(String date, String kesiapan) {
        return """
                {"assessedOn": "%s", "answers": {"LAPANGAN_USAHA": true, "LAPANGAN_PANGAN": true,
                 "LAPANGAN_KESEHATAN": false %s}, "notes": "lewat API"}
                """.formatted(date, kesiapan == null ? "" : ", \"LAPANGAN_KESIAPAN\": " + kesiapan);
    }

    @Test
    void aPendampingReadsAndAssessesFamiliesOfTheirDesaOnly() throws Exception {
        Programme p = ReadinessFixtures.programme(programmes, quotas);
        long own = ReadinessFixtures.kpmFamily(registration, jdbc, p.id(), ReadinessFixtures.DESA);
        long other = ReadinessFixtures.kpmFamily(registration, jdbc, p.id(), ReadinessFixtures.OTHER_DESA);
        String today = LocalDate.now(clock).toString();

        mvc.perform(req(PENDAMPING, get("/api/v1/households/" + own + "/readiness")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.family.desaCode").value(ReadinessFixtures.DESA))
                .andExpect(jsonPath("$.explanation.indicators.length()").value(ReadinessIndicator.values().length))
                .andExpect(jsonPath("$.explanation.indicators[0].indicator").value("PENGHASILAN_PER_KAPITA"))
                .andExpect(jsonPath("$.explanation.label").value("BELUM_SIAP"));
        mvc.perform(req(PENDAMPING, get("/api/v1/households/" + other + "/readiness")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        mvc.perform(req(PENDAMPING, post("/api/v1/households/" + own + "/field-assessments")).content(assessment(today, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("FIELD_ASSESSMENT_ANSWER_REQUIRED"))
                .andExpect(jsonPath("$.errors[0].field").value("answers.LAPANGAN_KESIAPAN"));
        mvc.perform(req(PENDAMPING, post("/api/v1/households/" + own + "/field-assessments")).content(assessment(today, "true")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.answers.LAPANGAN_KESIAPAN").value(true));
        mvc.perform(req(PENDAMPING, post("/api/v1/households/" + other + "/field-assessments")).content(assessment(today, "true")))
                .andExpect(status().isNotFound());
        mvc.perform(req(STEWARD, post("/api/v1/households/" + own + "/field-assessments")).content(assessment(today, "true")))
                .andExpect(status().isForbidden());
        mvc.perform(req(PENDAMPING, get("/api/v1/households/" + own + "/field-assessments")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].notes").value("lewat API"));
        mvc.perform(req(PENDAMPING, get("/api/v1/graduation/field-families").param("size", "100")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.householdId == " + own + ")].lastVersion").value(1))
                .andExpect(jsonPath("$.items[?(@.householdId == " + other + ")]").isEmpty());
    }

    @Test
    void aProgrammesKpmWithTheirReadinessAndTheCounts() throws Exception {
        Programme p = ReadinessFixtures.programme(programmes, quotas);
        long h = ReadinessFixtures.kpmFamily(registration, jdbc, p.id(), ReadinessFixtures.DESA);
        mvc.perform(req(STEWARD, get("/api/v1/graduation/readiness").param("programme", p.code()).param("kabKota", "36.02")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].householdId").value(h))
                .andExpect(jsonPath("$.items[0].programmeCode").value(p.code()));
        mvc.perform(req(PENDAMPING, get("/api/v1/graduation/readiness").param("programme", p.code()).param("kabKota", "36.73")))
                .andExpect(status().isNotFound());
        mvc.perform(req(STEWARD, get("/api/v1/graduation/readiness/counts")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.programmeCode == '" + p.code() + "')].kpm").value(1));
    }

    @Test
    void versionsAndComputationsForTheDataSteward() throws Exception {
        mvc.perform(req(STEWARD, get("/api/v1/graduation/readiness-sets/1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[0].threshold").value(684232))
                .andExpect(jsonPath("$.readyFrom").value(70));
        mvc.perform(req(STEWARD, post("/api/v1/graduation/readiness-sets"))
                        .content("{\"note\": \"kurang\", \"readyFrom\": 50, \"indicators\": []}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("READINESS_INCOMPLETE"));
        mvc.perform(req(PENDAMPING, post("/api/v1/graduation/readiness-runs"))).andExpect(status().isForbidden());
        mvc.perform(req(STEWARD, post("/api/v1/graduation/readiness-runs")))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.queued").isBoolean());
        mvc.perform(req(PENDAMPING, get("/api/v1/graduation/readiness-runs"))).andExpect(status().isOk());
    }
}
