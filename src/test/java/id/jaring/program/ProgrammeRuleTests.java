package id.jaring.program;

import static id.jaring.program.ProgramFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

import id.jaring.access.Role;
import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditEntry;
import id.jaring.audit.AuditTrail;
import id.jaring.audit.EntityRef;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.support.TestUsers;

@SpringBootTest
@AutoConfigureMockMvc
class ProgrammeRuleTests {

    static final Authentication DINSOS_OPD = user(7301, Role.OPERATOR_OPD, "DINSOS", null);
    static final Authentication DINKES_OPD = user(7302, Role.OPERATOR_OPD, "DINKES", null);
    static final Authentication PIMPINAN = TestUsers.as(Role.PIMPINAN, null);
    static final String JAMSOSRATU_RULE = "desil <= 4 AND ANY MEMBER (hamil OR umur < 6 OR (sekolah IN (SD, SMP, SMA)"
            + " AND umur < 21) OR umur >= 60 OR disabilitas = BERAT)";

    @Autowired Programmes programmes;
    @Autowired ProgrammeRules rules;
    @Autowired AuditTrail trail;
    @Autowired MockMvc mvc;

    Programme programme() {
        return as(STEWARD, () -> programmes.create(running(uniqueCode("R"))));
    }

    @Test
    void jamsosratuComesWithTheIssuesRuleAsVersionOne() {
        ProgrammeRule rule = as(PIMPINAN, () -> rules.inForce("JAMSOSRATU")).orElseThrow();
        assertThat(rule.text()).isEqualTo(JAMSOSRATU_RULE);
        assertThat(as(PIMPINAN, () -> rules.versions("JAMSOSRATU"))).extracting(ProgrammeRule::version).contains(1);
        assertThat(rule.note()).isEqualTo("preloaded from issue 5");
        // PKH_DAERAH has no preloaded rule (a demo start gives it one, and DemoDataTests share this database)
        assertThat(as(PIMPINAN, () -> rules.versions("PKH_DAERAH"))).extracting(ProgrammeRule::note)
                .doesNotContain("preloaded from issue 5");
    }

    @Test
    void eachSaveIsANewVersionTheLatestIsInForceAndEverySaveIsAudited() {
        Programme p = programme();
        assertThat(as(STEWARD, () -> rules.inForce(p.code()))).isEmpty();
        ProgrammeRule v1 = as(STEWARD, () -> rules.save(p.code(), new SaveRule("  desil <= 3 ", "awal")));
        ProgrammeRule v2 = as(DINSOS_OPD, () -> rules.save(p.code(), new SaveRule("desil <= 4", null)));

        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.text()).isEqualTo("desil <= 3");
        assertThat(v1.note()).isEqualTo("awal");
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.createdBy()).isEqualTo("user7301");
        assertThat(as(PIMPINAN, () -> rules.inForce(p.code()))).contains(v2);
        assertThat(as(PIMPINAN, () -> rules.versions(p.code()))).extracting(ProgrammeRule::version).containsExactly(2, 1);

        List<AuditEntry> history = trail.history(EntityRef.of("PROGRAMME_RULE", p.id()));
        assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.CREATE, AuditAction.UPDATE);
        assertThat(history.get(1).before()).containsEntry("rule", "desil <= 3").containsEntry("version", 1);
        assertThat(history.get(1).after()).containsEntry("rule", "desil <= 4").containsEntry("version", 2);
    }

    @Test
    void anInvalidRuleIsRefusedWithItsCodeAndPositionAndNothingIsSaved() {
        Programme p = programme();
        assertThatThrownBy(() -> as(STEWARD, () -> rules.save(p.code(), new SaveRule("desil <= 4 AND\n  umurr < 6", null))))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> {
                    Violation v = ((ValidationFailedException) e).violations().get(0);
                    assertThat(v.code()).isEqualTo("RULE_UNKNOWN_ATTRIBUTE");
                    assertThat(v.args()).startsWith(2, 3);
                });
        assertThat(as(STEWARD, () -> rules.versions(p.code()))).isEmpty();
        assertThat(trail.history(EntityRef.of("PROGRAMME_RULE", p.id()))).isEmpty();
    }

    @Test
    void onlyThoseWhoManageTheProgrammeMaySaveItsRule() {
        Programme p = programme();
        assertThatThrownBy(() -> as(DINKES_OPD, () -> rules.save(p.code(), new SaveRule("desil <= 4", null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(PIMPINAN, () -> rules.save(p.code(), new SaveRule("desil <= 4", null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(STEWARD, () -> rules.versions(p.code()))).isEmpty();
    }

    @Test
    void theApiSavesReadsAndListsVersionsAndAnswersRuleErrorsWithPositions() throws Exception {
        Programme p = programme();
        String base = "/api/v1/programmes/" + p.code() + "/rule";
        mvc.perform(get(base).with(authentication(PIMPINAN))).andExpect(status().isNotFound());
        mvc.perform(put(base).with(authentication(STEWARD)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"desil <= 2\",\"note\":\"uji\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put(base).with(authentication(STEWARD)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"desil <=\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].code").value("RULE_UNEXPECTED_END"));
        mvc.perform(get(base).with(authentication(PIMPINAN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.text").value("desil <= 2"));
        mvc.perform(get(base + "/versions").with(authentication(PIMPINAN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1));
        mvc.perform(post(base + "/preview").with(authentication(STEWARD)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"desil <= 2\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").isNumber());
    }

    @Test
    void theRulePagePreviewsBeforeSavingAndShowsErrorsWithLineAndColumn() throws Exception {
        Programme p = programme();
        String page = "/programmes/" + p.code() + "/rule";
        String preview = mvc.perform(post(page).with(authentication(STEWARD)).with(csrf())
                        .param("text", "desil <= 4").param("action", "preview"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("id=\"rule-preview\"", "Aturan ini memilih");
        assertThat(as(STEWARD, () -> rules.versions(p.code()))).isEmpty();

        String error = mvc.perform(post(page).with(authentication(STEWARD)).with(csrf())
                        .param("text", "desil <= 4 AND\n umurr < 6").param("action", "preview"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(error).contains("id=\"rule-errors\"", "Baris 2, kolom 2");

        // saving a text whose preview was not shown shows the preview first
        String unseen = mvc.perform(post(page).with(authentication(STEWARD)).with(csrf())
                        .param("text", "desil <= 4").param("note", "uji").param("action", "save"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unseen).contains("id=\"confirm-save\"", "id=\"rule-preview\"", "name=\"previewed\" value=\"desil &lt;= 4\"");
        assertThat(as(STEWARD, () -> rules.versions(p.code()))).isEmpty();
        mvc.perform(post(page).with(authentication(STEWARD)).with(csrf()).param("text", "desil <= 4")
                        .param("previewed", "desil <= 4").param("note", "uji").param("action", "save"))
                .andExpect(status().is3xxRedirection());
        assertThat(as(STEWARD, () -> rules.inForce(p.code()))).get().extracting(ProgrammeRule::text).isEqualTo("desil <= 4");
        String programmePage = mvc.perform(get("/programmes/" + p.code()).with(authentication(PIMPINAN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(programmePage).contains("id=\"rule-in-force\"", "desil &lt;= 4");
    }
}
