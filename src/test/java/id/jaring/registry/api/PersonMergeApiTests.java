package id.jaring.registry.api;

import static id.jaring.registry.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.jaring.access.Role;
import id.jaring.registry.HouseholdRegistration;
import id.jaring.registry.RegisterHousehold;
import id.jaring.support.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The merge endpoints (problem+json codes, 403, 404) and the person page's merge notice, list and undo button. */
@SpringBootTest
@AutoConfigureMockMvc
class PersonMergeApiTests {

    static final Authentication STEWARD = TestUsers.as(Role.DATA_STEWARD, null);
    static final Authentication SERANG_STEWARD = TestUsers.as(Role.DATA_STEWARD, "36.73");
    static final Authentication LEBAK = TestUsers.as(Role.OPERATOR_KABKOTA, "36.02");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired HouseholdRegistration registration;
    final JsonMapper json = JsonMapper.builder().build();

    private MockHttpServletRequestBuilder as(Authentication who, MockHttpServletRequestBuilder request) {
        return request.with(authentication(who)).with(csrf()).accept(MediaType.APPLICATION_JSON);
    }

    private JsonNode body(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        String text = mvc.perform(request).andExpect(status().is(expectedStatus)).andReturn().getResponse()
                .getContentAsString();
        return text.isEmpty() ? null : json.readTree(text);
    }

    private MockHttpServletRequestBuilder postJson(String url, Object body) {
        return post(url).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    /** Two records of one person: a family's wife, and a NIK-less copy of her in another family. */
    private long[] pair() {
        RegisterHousehold first = family(LEBAK_KEC, LEBAK_DESA, "API MERGE SATU");
        RegisterHousehold second = family(LEBAK_KEC, LEBAK_DESA, "API MERGE DUA");
        TestUsers.runAs(STEWARD, () -> {
            registration.register(first);
            registration.register(second);
        });
        long survivor = personId(first.members().get(1).person().nik());
        long duplicate = personId(second.members().get(2).person().nik());
        jdbc.sql("update person set nik = null where id = :id").param("id", duplicate).update();
        return new long[] {survivor, duplicate};
    }

    private long personId(String nik) {
        return jdbc.sql("select id from person where nik = :nik").param("nik", nik).query(Long.class).single();
    }

    @Test
    void mergesListsAndUndoesOverRest() throws Exception {
        long[] p = pair();
        mvc.perform(as(STEWARD, postJson("/api/v1/persons/" + p[0] + "/merges",
                Map.of("duplicateId", p[1], "reason", "linkage match", "evidence", Map.of("weight", 11.5)))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/v1/person-merges/")));
        JsonNode merges = body(as(STEWARD, get("/api/v1/persons/" + p[1] + "/merges")), 200);
        assertThat(merges).hasSize(1);
        long mergeId = merges.get(0).get("id").asLong();
        assertThat(merges.get(0).get("survivorId").asLong()).isEqualTo(p[0]);
        assertThat(merges.get(0).get("unmergedAt").isNull()).isTrue();
        assertThat(body(as(STEWARD, get("/api/v1/persons/" + p[1])), 200).get("mergedInto").asLong()).isEqualTo(p[0]);
        assertThat(body(as(STEWARD, get("/api/v1/person-merges/" + mergeId)), 200).get("reason").asString())
                .isEqualTo("linkage match");

        // refusals: problem+json with the code
        mvc.perform(as(STEWARD, postJson("/api/v1/persons/" + p[0] + "/merges", Map.of("duplicateId", p[1], "reason", "again"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].code")
                        .value("MERGE_ALREADY_MERGED"));
        mvc.perform(as(STEWARD, postJson("/api/v1/persons/" + p[0] + "/merges", Map.of("duplicateId", p[0], "reason", "x"))))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].code")
                        .value("MERGE_SAME_PERSON"));
        mvc.perform(as(STEWARD, postJson("/api/v1/persons/" + p[0] + "/merges", Map.of("reason", "x"))))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].code")
                        .value("REQUIRED"));
        // outside the scope: 404; a role that may not: 403
        body(as(SERANG_STEWARD, postJson("/api/v1/person-merges/" + mergeId + "/undo", Map.of("reason", "x"))), 404);
        body(as(SERANG_STEWARD, get("/api/v1/persons/" + p[0] + "/merges")), 404);
        body(as(LEBAK, postJson("/api/v1/person-merges/" + mergeId + "/undo", Map.of("reason", "x"))), 403);

        JsonNode undone = body(as(STEWARD, postJson("/api/v1/person-merges/" + mergeId + "/undo", Map.of("reason", "salah"))), 200);
        assertThat(undone.get("unmergeReason").asString()).isEqualTo("salah");
        JsonNode again = body(as(STEWARD, postJson("/api/v1/person-merges/" + mergeId + "/undo", Map.of("reason", "x"))), 400);
        assertThat(again.get("errors").get(0).get("code").asString()).isEqualTo("UNMERGE_ALREADY_UNDONE");
        assertThat(again.get("errors").get(0).get("message").asString()).isEqualTo("Penggabungan ini sudah dibatalkan.");
        body(as(STEWARD, postJson("/api/v1/person-merges/999999999/undo", Map.of("reason", "x"))), 404);
    }

    @Test
    void thePersonPageShowsTheMergeAndUndoesIt() throws Exception {
        long[] p = pair();
        body(as(STEWARD, postJson("/api/v1/persons/" + p[0] + "/merges", Map.of("duplicateId", p[1], "reason", "sama"))), 201);
        long mergeId = jdbc.sql("select id from person_merge where duplicate_id = :d").param("d", p[1]).query(Long.class).single();

        for (String lang : new String[] {"id", "en"}) {
            String html = mvc.perform(get("/persons/" + p[1] + "?lang=" + lang).with(authentication(STEWARD)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("id=\"merged-into\"", "href=\"/persons/" + p[0] + "\"", "id=\"merges\"",
                    "action=\"/person-merges/" + mergeId + "/undo\"").doesNotContain("??", "id=\"edit-person\"");
        }
        // an operator sees the list, but no undo button
        String operatorView = mvc.perform(get("/persons/" + p[0]).with(authentication(LEBAK)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(operatorView).contains("id=\"merges\"").doesNotContain("/undo");

        mvc.perform(post("/person-merges/" + mergeId + "/undo").param("personId", String.valueOf(p[1])).param("reason", "salah")
                .with(authentication(STEWARD)).with(csrf()))
                .andExpect(redirectedUrl("/persons/" + p[1]))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(jdbc.sql("select merged_into from person where id = :id").param("id", p[1]).query(Long.class).optional())
                .isEmpty();
        mvc.perform(post("/person-merges/" + mergeId + "/undo").param("personId", String.valueOf(p[1])).param("reason", "lagi")
                .with(authentication(STEWARD)).with(csrf()))
                .andExpect(flash().attribute("flashError", "Penggabungan ini sudah dibatalkan."));
    }
}
