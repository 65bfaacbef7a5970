package id.jaring.intake;

import static id.jaring.intake.IntakeFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

import id.jaring.access.CurrentUser;
import id.jaring.access.Role;
import id.jaring.access.Scope;
import id.jaring.support.TestUsers;

/**
 * The data steward settles a disagreement between agencies on the conflicts page: the chosen
 * value becomes the golden value, audited, and stands while the sources keep their values.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IntakeConflictDecisionTests {

    static final CurrentUser STEWARD_USER = new CurrentUser(2001, "steward", Role.DATA_STEWARD, Scope.PROVINCE);
    static final Authentication STEWARD = TestUsers.as(STEWARD_USER);

    @Autowired MockMvc mvc;
    @Autowired IntakeBatches intake;
    @Autowired JdbcClient jdbc;

    BatchView commit(String agency, String file) {
        BatchView uploaded = steward(() -> intake.upload(bytes(file), "f.csv", agency, null)).batch();
        assertThat(steward(() -> intake.awaitIdle(uploaded.id())).status()).isEqualTo(BatchStatus.VALIDATED);
        return steward(() -> intake.commitNow(uploaded.id()));
    }

    String nama(long personId) {
        return jdbc.sql("select nama from person where id = :id").param("id", personId).query(String.class).single();
    }

    Map<String, Object> conflict(long personId) {
        return jdbc.sql("""
                select id, status, chosen_agency, chosen_value, decided_by from person_conflict
                where person_id = :id and attribute = 'nama'""").param("id", personId).query().singleRow();
    }

    String conflictsPage() throws Exception {
        return mvc.perform(get("/intake/conflicts").with(authentication(STEWARD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** DINKES then DUKCAPIL (higher priority) name one person differently; the conflict is open. */
    long disagreement(String nik, String kk, LocalDate born, String recordSuffix) {
        commit("DINKES", new FileBuilder()
                .person("K" + recordSuffix, nik, kk, "SITI NURHALIZA", "P", born.toString(), "KEPALA KELUARGA", LEBAK_DESA).text());
        BatchView second = commit("DUKCAPIL", new FileBuilder()
                .person("D" + recordSuffix, nik, kk, "SITI NURHALIJAH", "P", born.toString(), "KEPALA KELUARGA", LEBAK_DESA).text());
        assertThat(second.counts().conflicts()).isEqualTo(1);
        return jdbc.sql("select id from person where nik = :nik").param("nik", nik).query(Long.class).single();
    }

    @Test
    void theStewardsChoiceBecomesTheGoldenValueIsAuditedAndStands() throws Exception {
        LocalDate born = randomBirth();
        String nik = nik(born, true);
        String kk = noKk();
        long personId = disagreement(nik, kk, born, "1");
        assertThat(nama(personId)).isEqualTo("SITI NURHALIJAH"); // DUKCAPIL's by source priority
        long conflictId = ((Number) conflict(personId).get("id")).longValue();
        assertThat(conflictsPage()).contains("id=\"conflict-" + conflictId + "\"");
        long versionBefore = jdbc.sql("select version from person where id = :id").param("id", personId)
                .query(Long.class).single();

        // only the data steward decides
        mvc.perform(post("/intake/conflicts/" + conflictId).param("value", "SITI NURHALIZA")
                        .with(authentication(TestUsers.as(Role.OPERATOR_KABKOTA, "36.02"))).with(csrf()))
                .andExpect(status().isForbidden());
        // a value no source sent is refused
        mvc.perform(post("/intake/conflicts/" + conflictId).param("value", "SEMBARANG").with(authentication(STEWARD)).with(csrf()))
                .andExpect(redirectedUrl("/intake/conflicts")).andExpect(flash().attributeExists("flashError"));
        assertThat(conflict(personId)).containsEntry("status", "OPEN");
        assertThat(nama(personId)).isEqualTo("SITI NURHALIJAH");

        mvc.perform(post("/intake/conflicts/" + conflictId).param("value", "SITI NURHALIZA").with(authentication(STEWARD)).with(csrf()))
                .andExpect(redirectedUrl("/intake/conflicts")).andExpect(flash().attributeExists("flashSuccess"));

        assertThat(nama(personId)).isEqualTo("SITI NURHALIZA");
        assertThat(jdbc.sql("select version from person where id = :id").param("id", personId).query(Long.class).single())
                .isEqualTo(versionBefore + 1);
        assertThat(conflict(personId)).containsEntry("status", "DECIDED").containsEntry("chosen_agency", "DINKES")
                .containsEntry("chosen_value", "SITI NURHALIZA").containsEntry("decided_by", "steward");
        assertThat(conflictsPage()).doesNotContain("id=\"conflict-" + conflictId + "\"");
        Map<String, Object> audit = jdbc.sql("""
                select actor, action, before_state ->> 'nama' before_nama, after_state ->> 'nama' after_nama, detail
                from audit_event where entity_type = 'PERSON' and entity_id = :id and detail like 'conflict %'
                """).param("id", Long.toString(personId)).query().singleRow();
        assertThat(audit).containsEntry("actor", "steward").containsEntry("action", "UPDATE")
                .containsEntry("after_nama", "SITI NURHALIZA").containsEntry("before_nama", "SITI NURHALIJAH");
        assertThat((String) audit.get("detail")).contains("DINKES");

        // DUKCAPIL sends its (unchanged) value again in a new file: the decision stands
        BatchView again = commit("DUKCAPIL", new FileBuilder()
                .person("D1", nik, kk, "SITI NURHALIJAH", "P", born.toString(), "KEPALA KELUARGA", LEBAK_DESA)
                .person("D2", nik(randomBirth(), false), kk, "UJANG", "L", "", "ANAK", LEBAK_DESA).text());
        assertThat(again.counts().conflicts()).isZero();
        assertThat(nama(personId)).isEqualTo("SITI NURHALIZA");
        assertThat(conflict(personId)).containsEntry("status", "DECIDED");
    }

    @Test
    void aDecisionGivesWayWhenTheSourcesComeToAgreeOnAnotherValue() throws Exception {
        LocalDate born = randomBirth();
        String nik = nik(born, true);
        String kk = noKk();
        long personId = disagreement(nik, kk, born, "2");
        long conflictId = ((Number) conflict(personId).get("id")).longValue();
        mvcDecide(conflictId, "SITI NURHALIZA");
        assertThat(nama(personId)).isEqualTo("SITI NURHALIZA");

        // DINKES corrects its file to DUKCAPIL's spelling: no source holds the chosen value any more
        commit("DINKES", new FileBuilder()
                .person("K2", nik, kk, "SITI NURHALIJAH", "P", born.toString(), "KEPALA KELUARGA", LEBAK_DESA)
                .person("K3", nik(randomBirth(), false), kk, "ASEP", "L", "", "ANAK", LEBAK_DESA).text());

        assertThat(nama(personId)).isEqualTo("SITI NURHALIJAH");
        assertThat(jdbc.sql("select count(*) from person_conflict where person_id = :id and attribute = 'nama' and status = 'OPEN'")
                .param("id", personId).query(Long.class).single()).isZero();
    }

    private void mvcDecide(long conflictId, String value) {
        try {
            mvc.perform(post("/intake/conflicts/" + conflictId).param("value", value).with(authentication(STEWARD)).with(csrf()))
                    .andExpect(flash().attributeExists("flashSuccess"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
