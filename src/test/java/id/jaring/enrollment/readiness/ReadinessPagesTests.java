package id.jaring.enrollment.readiness;

import static id.jaring.enrollment.readiness.ReadinessFixtures.PENDAMPING;
import static id.jaring.program.ProgramFixtures.STEWARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.jaring.access.Role;
import id.jaring.enrollment.GraduationReadiness;
import id.jaring.program.ProgramFixtures;
import id.jaring.program.Programme;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import id.jaring.registry.HouseholdRegistration;

/** The readiness pages in both languages: overview, KPM list, versions form, the pendamping's list and form. */
@SpringBootTest
@AutoConfigureMockMvc
class ReadinessPagesTests {

    static final Authentication LEBAK = ProgramFixtures.user(9311, Role.OPERATOR_KABKOTA, null, "36.02");
    static final Authentication SERANG = ProgramFixtures.user(9312, Role.OPERATOR_KABKOTA, null, "36.73");
    static final Authentication PIMPINAN = ProgramFixtures.user(9313, Role.PIMPINAN, null, null);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Programmes programmes;
    @Autowired Quotas quotas;
    @Autowired HouseholdRegistration registration;
    @Autowired ReadinessSets sets;
    @Autowired GraduationReadiness readiness;
    @Autowired Clock clock;

    String page(Authentication who, String url) throws Exception {
        return mvc.perform(get(url).with(authentication(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    MockHttpServletRequestBuilder form(Authentication who, String url) {
        return post(url).with(authentication(who)).with(csrf());
    }

    @Test
    void theOverviewShowsTheActiveVersionAndCountsToEveryRoleInBothLanguages() throws Exception {
        Programme p = ReadinessFixtures.programme(programmes, quotas);
        ReadinessFixtures.kpmFamily(registration, jdbc, p.id(), ReadinessFixtures.DESA);
        String steward = page(STEWARD, "/graduation/readiness");
        assertThat(steward).contains("Kesiapan graduasi", "id=\"active-version\"", "id=\"run-readiness\"",
                "id=\"count-" + p.code() + "-36.02\"", "/graduation/readiness/" + p.code() + "/36.02");
        assertThat(page(STEWARD, "/graduation/readiness?lang=en")).contains("Graduation readiness", "Compute again");
        String leadership = page(PIMPINAN, "/graduation/readiness");
        assertThat(leadership).contains("id=\"count-" + p.code() + "-36.02\"").doesNotContain("id=\"run-readiness\"",
                "/graduation/readiness/" + p.code() + "/36.02");
        mvc.perform(get("/graduation/readiness/" + p.code() + "/36.02").with(authentication(PIMPINAN)))
                .andExpect(status().isForbidden());
        mvc.perform(form(STEWARD, "/graduation/readiness/run")).andExpect(redirectedUrl("/graduation/readiness"))
                .andExpect(flash().attributeExists("flashSuccess"));
    }

    @Test
    void theKpmListIsScopedAndFiltersByLabel() throws Exception {
        Programme p = ReadinessFixtures.programme(programmes, quotas);
        long h = ReadinessFixtures.kpmFamily(registration, jdbc, p.id(), ReadinessFixtures.DESA);
        long enrolment = jdbc.sql("select id from enrolment where household_id = :h").param("h", h).query(Long.class).single();
        String url = "/graduation/readiness/" + p.code() + "/36.02";
        assertThat(page(LEBAK, url)).contains("id=\"kpm-" + enrolment + "\"", "/graduation/families/" + h);
        mvc.perform(get(url).with(authentication(SERANG))).andExpect(status().isNotFound());
        ProgramFixtures.as(STEWARD, readiness::recompute);
        String label = jdbc.sql("select label from enrolment_readiness where enrolment_id = :e").param("e", enrolment)
                .query(String.class).single();
        String other = label.equals("SIAP") ? "BELUM_SIAP" : "SIAP";
        assertThat(page(LEBAK, url + "?label=" + label)).contains("id=\"kpm-" + enrolment + "\"");
        assertThat(page(LEBAK, url + "?label=" + other)).doesNotContain("id=\"kpm-" + enrolment + "\"");
    }

    @Test
    void thePendampingAssessesAFamilyOfTheirDesaInTheForm() throws Exception {
        Programme p = ReadinessFixtures.programme(programmes, quotas);
        long own = ReadinessFixtures.kpmFamily(registration, jdbc, p.id(), ReadinessFixtures.DESA);
        long other = ReadinessFixtures.kpmFamily(registration, jdbc, p.id(), ReadinessFixtures.OTHER_DESA);

        String list = page(PENDAMPING, "/graduation/field");
        assertThat(list).contains("id=\"family-" + own + "\"", "/graduation/families/" + own).doesNotContain("id=\"family-" + other + "\"");
        assertThat(page(PENDAMPING, "/graduation/field?lang=en")).contains("Field assessment");
        mvc.perform(get("/graduation/families/" + other).with(authentication(PENDAMPING))).andExpect(status().isNotFound());

        String family = page(PENDAMPING, "/graduation/families/" + own);
        assertThat(family).contains("id=\"explanation\"", "id=\"ind-PENGHASILAN_PER_KAPITA\"", "id=\"assessment-form\"",
                "id=\"no-history\"");
        String url = "/graduation/families/" + own + "/assessments";
        String refused = mvc.perform(form(PENDAMPING, url).param("assessedOn", LocalDate.now(clock).toString())
                        .param("answer_LAPANGAN_USAHA", "YA").param("notes", "rumah dikunjungi"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("data-code=\"FIELD_ASSESSMENT_ANSWER_REQUIRED\"", "rumah dikunjungi");
        assertThat(mvc.perform(form(PENDAMPING, url).param("assessedOn", "kemarin")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("data-code=\"FIELD_ASSESSMENT_DATE_INVALID\"");

        mvc.perform(form(PENDAMPING, url).param("assessedOn", LocalDate.now(clock).toString())
                        .param("answer_LAPANGAN_USAHA", "YA").param("answer_LAPANGAN_PANGAN", "YA")
                        .param("answer_LAPANGAN_KESEHATAN", "TIDAK").param("answer_LAPANGAN_KESIAPAN", "YA"))
                .andExpect(redirectedUrl("/graduation/families/" + own)).andExpect(flash().attributeExists("flashSuccess"));
        assertThat(page(PENDAMPING, "/graduation/families/" + own)).contains("id=\"assessment-1\"");
        // a data steward reads the family's readiness but gets no form
        assertThat(page(STEWARD, "/graduation/families/" + own)).contains("id=\"assessment-1\"").doesNotContain("id=\"assessment-form\"");
        mvc.perform(form(STEWARD, url).param("assessedOn", LocalDate.now(clock).toString())).andExpect(status().isForbidden());
    }

    @Test
    void theStewardCreatesAVersionInTheFormTheIndonesianWay() throws Exception {
        String blank = page(STEWARD, "/graduation/readiness/sets/new");
        assertThat(blank).contains("id=\"threshold-PENGHASILAN_PER_KAPITA\"", "id=\"weight-LAPANGAN_KESIAPAN\"")
                .doesNotContain("id=\"threshold-LAPANGAN_KESIAPAN\"");
        MockHttpServletRequestBuilder request = form(STEWARD, "/graduation/readiness/sets").param("basedOn", "1")
                .param("note", "garis kemiskinan dinaikkan").param("readyFrom", "60,5").param("required", "PENGHASILAN_PER_KAPITA");
        for (ReadinessIndicator i : ReadinessIndicator.values()) {
            request.param("indicator", i.name())
                    .param("weight", i == ReadinessIndicator.ANAK_SEKOLAH ? "12,5" : "10")
                    .param("threshold", i == ReadinessIndicator.PENGHASILAN_PER_KAPITA ? "1.500.000"
                            : i == ReadinessIndicator.ANAK_SEKOLAH ? "87,5" : i.usesThreshold() ? "1" : "");
        }
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        int version = Integer.parseInt(location.substring(location.lastIndexOf('/') + 1));
        ReadinessSet created = sets.find(version).orElseThrow();
        assertThat(created.active()).isFalse();
        assertThat(created.readyFrom()).isEqualByComparingTo("60.5");
        assertThat(created.indicators().get(0).threshold()).isEqualByComparingTo("1500000");
        assertThat(created.indicators().get(0).required()).isTrue();
        assertThat(created.indicators().get(3).threshold()).isEqualByComparingTo("87.5");
        assertThat(page(STEWARD, location)).contains("id=\"indicator-ANAK_SEKOLAH\"", "87,50 %", "1.500.000 rupiah");

        String refused = mvc.perform(form(STEWARD, "/graduation/readiness/sets").param("basedOn", "1").param("note", "x")
                        .param("readyFrom", "50").param("indicator", "PENGHASILAN_PER_KAPITA").param("weight", "banyak")
                        .param("threshold", "684232"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("data-code=\"READINESS_WEIGHT_INVALID\"");
        mvc.perform(get("/graduation/readiness/sets/new").with(authentication(LEBAK))).andExpect(status().isForbidden());
    }
}
