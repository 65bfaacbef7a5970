package id.jaring.targeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.jaring.access.Role;
import id.jaring.support.TestUsers;
import id.jaring.targeting.internal.Weight;
import id.jaring.targeting.internal.WeightSets;

/** The ranking page and the REST API: roles, scope, validation codes. */
@SpringBootTest
@AutoConfigureMockMvc
class RankingWebTests {

    static final String LEBAK = "36.02";
    static final String KOTA_SERANG = "36.73";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WelfareRanking ranking;
    @Autowired
    WeightSets weightSets;
    @Autowired
    TargetingTestSupport support;

    long lebakFamily;

    @BeforeEach
    void rankOneLebakFamily() {
        lebakFamily = new RankFamilies(jdbc).household(RankFamilies.LEBAK_DESA);
        new RankFamilies(jdbc).household(RankFamilies.SERANG_DESA);
        support.as(Role.DATA_STEWARD, () -> ranking.recompute());
    }

    private static MockHttpServletRequestBuilder as(Role role, String region, MockHttpServletRequestBuilder request) {
        return request.with(authentication(TestUsers.as(role, region))).with(csrf());
    }

    @Test
    void aFamilysRankIsVisibleInScopeOnly() throws Exception {
        mvc.perform(as(Role.OPERATOR_KABKOTA, LEBAK, get("/api/v1/households/{id}/rank", lebakFamily)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.householdId").value(lebakFamily))
                .andExpect(jsonPath("$.desil").isNumber())
                .andExpect(jsonPath("$.score").isNumber())
                .andExpect(jsonPath("$.weightsVersion").isNumber())
                .andExpect(jsonPath("$.computedAt").isString());
        mvc.perform(as(Role.PENDAMPING, "36.02.01", get("/api/v1/households/{id}/rank", lebakFamily)))
                .andExpect(status().isOk());
        mvc.perform(as(Role.OPERATOR_KABKOTA, KOTA_SERANG, get("/api/v1/households/{id}/rank", lebakFamily)))
                .andExpect(status().isNotFound());
        mvc.perform(as(Role.PENDAMPING, "36.02.02", get("/api/v1/households/{id}/rank", lebakFamily)))
                .andExpect(status().isNotFound());
        mvc.perform(as(Role.OPERATOR_KABKOTA, LEBAK, get("/api/v1/households/{id}/rank", Long.MAX_VALUE)))
                .andExpect(status().isNotFound());
        mvc.perform(as(Role.PIMPINAN, null, get("/api/v1/households/{id}/rank", lebakFamily)))
                .andExpect(status().isForbidden());
        // a read of a rank is not a read of a person's record: no audit event
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'READ' and entity_id = :id")
                .param("id", Long.toString(lebakFamily)).query(Long.class).single()).isZero();
    }

    @Test
    void theDistributionCoversTheCallersScopeOnly() throws Exception {
        mvc.perform(as(Role.OPERATOR_KABKOTA, KOTA_SERANG, get("/api/v1/targeting/desil-distribution")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].kabKotaCode").value(Matchers.everyItem(Matchers.is(KOTA_SERANG))))
                .andExpect(jsonPath("$[0].families.length()").value(10));
        mvc.perform(as(Role.PIMPINAN, null, get("/api/v1/targeting/desil-distribution")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].kabKotaCode").value(Matchers.hasItems(LEBAK, KOTA_SERANG)));
        String page = mvc.perform(as(Role.OPERATOR_KABKOTA, KOTA_SERANG, get("/targeting/ranking")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"dist-36.73\"").doesNotContain("id=\"dist-36.02\"")
                .doesNotContain("id=\"run-ranking\"").doesNotContain("id=\"new-version\"");
    }

    @Test
    void theStewardSeesTheButtonsAndQueuesARun() throws Exception {
        String page = mvc.perform(as(Role.DATA_STEWARD, null, get("/targeting/ranking")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"run-ranking\"").contains("id=\"new-version\"").contains("id=\"dist-36.02\"")
                .contains("Peringkat kesejahteraan");
        mvc.perform(as(Role.DATA_STEWARD, null, post("/targeting/ranking/run")))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/targeting/ranking"));
        support.awaitQueuedRuns();
        assertThat(jdbc.sql("select status from ranking_run where trigger = 'MANUAL' and requested_by = 'test-data_steward' order by id desc limit 1")
                .query(String.class).single()).isEqualTo("FINISHED");
        mvc.perform(as(Role.DATA_STEWARD, null, get("/targeting/ranking/weights/1")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("KAYU_BAKAR")));
        mvc.perform(as(Role.DATA_STEWARD, null, get("/targeting/ranking/weights/new")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("name=\"points\"")));
        mvc.perform(as(Role.DATA_STEWARD, null, get("/targeting/ranking").param("lang", "en")))
                .andExpect(content().string(Matchers.containsString("Welfare ranking")));
    }

    @Test
    void otherRolesMayNotRunOrChangeWeights() throws Exception {
        mvc.perform(as(Role.OPERATOR_OPD, null, post("/targeting/ranking/run"))).andExpect(status().isForbidden());
        mvc.perform(as(Role.OPERATOR_KABKOTA, LEBAK, get("/targeting/ranking/weights/new"))).andExpect(status().isForbidden());
        mvc.perform(as(Role.PIMPINAN, null, post("/targeting/ranking/weights/1/activate"))).andExpect(status().isForbidden());
        mvc.perform(as(Role.OPERATOR_KABKOTA, LEBAK, post("/api/v1/targeting/ranking-runs"))).andExpect(status().isForbidden());
        mvc.perform(as(Role.AUDITOR, null, post("/api/v1/targeting/weight-sets").contentType(MediaType.APPLICATION_JSON)
                .content("{\"basedOn\":1,\"note\":\"x\",\"weights\":[]}"))).andExpect(status().isForbidden());
        mvc.perform(as(Role.AUDITOR, null, get("/api/v1/targeting/weight-sets")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.version == 1)].createdBy").value("system"));
    }

    @Test
    void theFormShowsValidationMessagesBesideTheWeights() throws Exception {
        List<Weight> weights = weightSets.find(1).orElseThrow().weights();
        MockHttpServletRequestBuilder form = as(Role.DATA_STEWARD, null, post("/targeting/ranking/weights"))
                .param("basedOn", "1").param("note", "uji form");
        for (int i = 0; i < weights.size(); i++) {
            Weight w = weights.get(i);
            form.param("variable", w.variable()).param("category", w.category() == null ? "" : w.category())
                    .param("band", w.bandFrom() == null ? "" : w.bandFrom().toPlainString())
                    .param("points", i == 0 ? "banyak" : w.points().toPlainString().replace('.', ','));
        }
        mvc.perform(form).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Poin untuk " + weights.get(0).variable() + " harus angka")));
        assertThat(jdbc.sql("select count(*) from pmt_weight_set where note = 'uji form'").query(Long.class).single()).isZero();
    }

    @Test
    void theApiRefusesAnInvalidSetWithCodes() throws Exception {
        mvc.perform(as(Role.DATA_STEWARD, null, post("/api/v1/targeting/weight-sets").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"basedOn": 1, "note": "api", "weights": [
                                  {"variable": "jenis_lantai", "category": "TANAH", "points": 2000},
                                  {"variable": "warna_rumah", "category": "MERAH", "points": 1}]}
                                """)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.code == 'WEIGHT_VALUE_INVALID')].field").value("weights[0].points"))
                .andExpect(jsonPath("$.errors[?(@.code == 'WEIGHT_VARIABLE_UNKNOWN')].field").value("weights[1].variable"))
                .andExpect(jsonPath("$.errors[?(@.code == 'WEIGHT_INCOMPLETE')]").isNotEmpty());
        mvc.perform(as(Role.DATA_STEWARD, null, get("/api/v1/targeting/ranking-runs").param("limit", "3")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(Matchers.lessThanOrEqualTo(3)))
                .andExpect(jsonPath("$[0].status").isString());
    }
}
