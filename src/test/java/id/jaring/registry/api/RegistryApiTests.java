package id.jaring.registry.api;

import static id.jaring.registry.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
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
import id.jaring.registry.HouseholdData;
import id.jaring.registry.NewMember;
import id.jaring.registry.PersonData;
import id.jaring.registry.RegisterHousehold;
import id.jaring.registry.Relationship;
import id.jaring.registry.Sex;
import id.jaring.support.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class RegistryApiTests {

    static final Authentication LEBAK = TestUsers.as(Role.OPERATOR_KABKOTA, "36.02");
    static final Authentication SERANG = TestUsers.as(Role.OPERATOR_KABKOTA, "36.73");
    static final Authentication STEWARD = TestUsers.as(Role.DATA_STEWARD, null);
    static final Authentication PIMPINAN = TestUsers.as(Role.PIMPINAN, null);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    final JsonMapper json = JsonMapper.builder().build();

    private MockHttpServletRequestBuilder as(Authentication who, MockHttpServletRequestBuilder request) {
        return request.with(authentication(who)).with(csrf()).accept(MediaType.APPLICATION_JSON);
    }

    private JsonNode body(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        String text = mvc.perform(request).andExpect(status().is(expectedStatus)).andReturn().getResponse()
                .getContentAsString();
        return text.isEmpty() ? null : json.readTree(text);
    }

    private long register(Authentication who, RegisterHousehold command) throws Exception {
        return body(as(who, post("/api/v1/households").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(command))), 201).get("id").asLong();
    }

    @Test
    void registersReadsAndEditsAFamily() throws Exception {
        RegisterHousehold command = family(LEBAK_KEC, LEBAK_DESA, "SUHENDI");
        mvc.perform(as(LEBAK, post("/api/v1/households").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(command))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/v1/households/")))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.warnings").isEmpty());
        long id = jdbc.sql("select id from household where no_kk = :kk").param("kk", command.household().noKk())
                .query(Long.class).single();

        JsonNode family = body(as(LEBAK, get("/api/v1/households/" + id)), 200);
        assertThat(family.get("members")).hasSize(3);
        assertThat(family.get("members").get(0).get("hubungan").asString()).isEqualTo("KEPALA_KELUARGA");
        assertThat(family.get("welfare").get("jenisLantai").asString()).isEqualTo("TANAH");

        HouseholdData changed = new HouseholdData(command.household().noKk(), "3602012003", "KP. SUKAMAJU", "7", "3",
                command.household().welfare());
        JsonNode saved = body(as(LEBAK, put("/api/v1/households/" + id).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("version", family.get("version").asLong(), "household", changed)))), 200);
        assertThat(saved.get("version").asLong()).isEqualTo(family.get("version").asLong() + 1);
        assertThat(body(as(LEBAK, get("/api/v1/households/" + id)), 200).get("desaCode").asString()).isEqualTo("36.02.01.2003");

        // the same stale version again: 409 with the code
        JsonNode stale = body(as(LEBAK, put("/api/v1/households/" + id).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("version", family.get("version").asLong(), "household", changed)))), 409);
        assertThat(stale.get("errors").get(0).get("code").asString()).isEqualTo("CONCURRENT_MODIFICATION");

        PersonData baby = person(LEBAK_KEC, "BAYI SUHENDI", Sex.L, 2025, 2025);
        JsonNode added = body(as(LEBAK, post("/api/v1/households/" + id + "/members").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("hubungan", "ANAK", "newPerson", baby)))), 201);
        assertThat(body(as(LEBAK, get("/api/v1/households/" + id)), 200).get("members")).hasSize(4);

        JsonNode person = body(as(LEBAK, get("/api/v1/persons/" + added.get("id").asLong())), 200);
        assertThat(person.get("data").get("nama").asString()).isEqualTo("BAYI SUHENDI");
        assertThat(person.get("householdId").asLong()).isEqualTo(id);

        JsonNode history = body(as(LEBAK, get("/api/v1/households/" + id + "/history")), 200);
        assertThat(history.findValuesAsString("action")).contains("CREATE", "UPDATE");
    }

    @Test
    void badInputGivesProblemJsonWithCodesAndSavesNothing() throws Exception {
        RegisterHousehold good = family(LEBAK_KEC, LEBAK_DESA, "KARNA");
        PersonData head = good.members().get(0).person();
        PersonData badHead = new PersonData("36020112345", "", head.jenisKelamin(), null, java.time.LocalDate.of(2999, 1, 1),
                null, null, null, null, true, null, null, null, -5L, null);
        RegisterHousehold bad = new RegisterHousehold(new HouseholdData("99", "36.02", "KP. X", "1", "1", null),
                List.of(new NewMember(Relationship.KEPALA_KELUARGA, badHead)), null, false);

        mvc.perform(as(LEBAK, post("/api/v1/households").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(bad))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].code", Matchers.hasItems("KK_FORMAT", "REGION_NOT_DESA", "NIK_FORMAT",
                        "REQUIRED", "BIRTHDATE_FUTURE", "PREGNANCY_NOT_FEMALE", "VALUE_NEGATIVE")))
                .andExpect(jsonPath("$.errors[?(@.code == 'REGION_NOT_DESA')].field").value("household.desaCode"))
                .andExpect(jsonPath("$.errors[?(@.code == 'KK_FORMAT')].message").value("No. KK harus 16 angka."));
        assertThat(jdbc.sql("select count(*) from household where no_kk = '99'").query(Long.class).single()).isZero();
    }

    @Test
    void malformedRequestsGiveProblemJsonNotServerErrors() throws Exception {
        for (String broken : new String[] {"{not json", "{\"household\": {\"noKk\": \"1\", \"welfare\": {\"jenisLantai\": \"EMAS\"}}}",
                "{\"since\": \"31-02-2020\"}"}) {
            mvc.perform(as(LEBAK, post("/api/v1/households").contentType(MediaType.APPLICATION_JSON).content(broken)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].code").value("MALFORMED_REQUEST"))
                    .andExpect(jsonPath("$.errors[0].message").value(Matchers.startsWith("Permintaan tidak dapat dibaca")));
        }
        mvc.perform(as(LEBAK, get("/api/v1/households").param("after", "abc")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("MALFORMED_REQUEST"));
    }

    @Test
    void warningsAreRefusedUntilConfirmed() throws Exception {
        RegisterHousehold command = family(LEBAK_KEC, LEBAK_DESA, "MAMAT");
        PersonData head = command.members().get(0).person();
        // a NIK from a kecamatan code that no longer exists: warn, do not reject
        PersonData oldCode = new PersonData("369901" + head.nik().substring(6), head.nama(), head.jenisKelamin(),
                head.tempatLahir(), head.tanggalLahir(), null, null, null, null, false, null, null, null, null, null);
        List<NewMember> members = List.of(new NewMember(Relationship.KEPALA_KELUARGA, oldCode));
        RegisterHousehold unconfirmed = new RegisterHousehold(command.household(), members, null, false);

        mvc.perform(as(LEBAK, post("/api/v1/households").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(unconfirmed))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].code", Matchers.contains("NIK_REGION_UNKNOWN", "WARNINGS_UNCONFIRMED")))
                .andExpect(jsonPath("$.errors[0].severity").value("WARNING"));
        assertThat(jdbc.sql("select count(*) from household where no_kk = :kk").param("kk", command.household().noKk())
                .query(Long.class).single()).isZero();

        mvc.perform(as(LEBAK, post("/api/v1/households").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(new RegisterHousehold(command.household(), members, null, true)))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.warnings[0].code").value("NIK_REGION_UNKNOWN"));
    }

    @Test
    void anOperatorOfLebakCannotSeeOrChangeKotaSerang() throws Exception {
        RegisterHousehold serangFamily = family(SERANG_KEC, SERANG_DESA, "SERANG SATU");
        long serang = register(SERANG, serangFamily);
        long lebak = register(LEBAK, family(LEBAK_KEC, LEBAK_DESA, "LEBAK SATU"));
        long serangPerson = body(as(SERANG, get("/api/v1/households/" + serang)), 200).get("members").get(0)
                .get("personId").asLong();

        body(as(LEBAK, get("/api/v1/households/" + serang)), 404);
        body(as(LEBAK, put("/api/v1/households/" + serang).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("version", 0, "household", serangFamily.household())))), 404);
        body(as(LEBAK, get("/api/v1/households/" + serang + "/history")), 404);
        body(as(LEBAK, get("/api/v1/persons/" + serangPerson)), 404);
        body(as(LEBAK, put("/api/v1/persons/" + serangPerson).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("version", 0, "person", serangFamily.members().get(0).person())))), 404);
        // guessing ids: a nonexistent id answers the same
        body(as(LEBAK, get("/api/v1/households/" + (Long.MAX_VALUE - 1))), 404);
        body(as(LEBAK, get("/api/v1/households/" + lebak)), 200);
        // nor can it register a family in Kota Serang
        JsonNode outside = body(as(LEBAK, post("/api/v1/households").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(family(SERANG_KEC, SERANG_DESA, "SERANG DUA")))), 400);
        assertThat(outside.findValuesAsString("code")).contains("REGION_OUT_OF_SCOPE");

        // search: the same name exists in both; Lebak sees only its own
        JsonNode found = body(as(LEBAK, get("/api/v1/persons").param("name", "siti aminah").param("limit", "100")), 200);
        assertThat(found.findValuesAsString("desaCode")).isNotEmpty().allSatisfy(d -> assertThat(d).startsWith("36.02."));
        JsonNode byNik = body(as(LEBAK, get("/api/v1/persons").param("nik", serangFamily.members().get(0).person().nik())), 200);
        assertThat(byNik).isEmpty();
        JsonNode byKk = body(as(LEBAK, get("/api/v1/households").param("noKk", serangFamily.household().noKk())), 200);
        assertThat(byKk.get("items")).isEmpty();
        JsonNode list = body(as(LEBAK, get("/api/v1/households").param("size", "100")), 200);
        assertThat(list.get("items").findValuesAsString("desaCode")).allSatisfy(d -> assertThat(d).startsWith("36.02."));
        assertThat(body(as(STEWARD, get("/api/v1/persons").param("nik", serangFamily.members().get(0).person().nik())), 200))
                .hasSize(1);
    }

    @Test
    void pimpinanCannotReadPersonRecords() throws Exception {
        long id = register(STEWARD, family(LEBAK_KEC, LEBAK_DESA, "PIMPINAN TEST"));
        long person = body(as(STEWARD, get("/api/v1/households/" + id)), 200).get("members").get(0).get("personId").asLong();
        body(as(PIMPINAN, get("/api/v1/persons/" + person)), 403);
        body(as(PIMPINAN, get("/api/v1/persons").param("name", "pimpinan test")), 403);
        // aggregate counts stay open to leadership
        JsonNode kabkota = body(as(PIMPINAN, get("/api/v1/regions/36/children")), 200);
        assertThat(kabkota).hasSize(8);
        assertThat(kabkota.get(1).get("code").asString()).isEqualTo("36.02");
        assertThat(kabkota.get(1).get("households").asLong()).isPositive();
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        JsonNode docs = body(as(STEWARD, get("/v3/api-docs")), 200);
        assertThat(docs.get("paths").propertyNames()).contains("/api/v1/households", "/api/v1/households/{id}",
                "/api/v1/households/{id}/members", "/api/v1/households/{id}/history", "/api/v1/persons",
                "/api/v1/persons/{id}", "/api/v1/persons/{id}/history", "/api/v1/regions/{code}",
                "/api/v1/regions/{code}/children");
    }

    @Test
    void optionalFieldsMayBeLeftOut() throws Exception {
        RegisterHousehold command = family(LEBAK_KEC, LEBAK_DESA, "MINIMAL");
        PersonData head = command.members().get(0).person();
        String minimal = """
                {"household": {"noKk": "%s", "desaCode": "3602012002", "alamat": "KP. MINIMAL"},
                 "members": [{"hubungan": "KEPALA_KELUARGA",
                              "person": {"nik": "%s", "nama": "Minimal", "jenisKelamin": "L", "tanggalLahir": "%s"}}]}
                """.formatted(command.household().noKk(), head.nik(), head.tanggalLahir());
        long id = body(as(LEBAK, post("/api/v1/households").contentType(MediaType.APPLICATION_JSON).content(minimal)), 201)
                .get("id").asLong();
        JsonNode family = body(as(LEBAK, get("/api/v1/households/" + id)), 200);
        assertThat(family.get("members").get(0).get("nama").asString()).isEqualTo("Minimal");
        assertThat(family.get("welfare").get("jenisLantai").isNull()).isTrue();
    }
}
