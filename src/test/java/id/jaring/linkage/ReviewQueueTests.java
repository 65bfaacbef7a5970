package id.jaring.linkage;

import static id.jaring.linkage.LinkageFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

import id.jaring.access.Role;
import id.jaring.access.SystemActor;
import id.jaring.intake.BatchView;
import id.jaring.intake.IntakeBatches;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.support.TestUsers;

/** The review queue: scope, roles, reasons, decisions, audit; UI and REST. */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewQueueTests {

    @Autowired IntakeBatches intake;
    @Autowired ReviewQueue reviews;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    static final Authentication LEBAK_STEWARD = TestUsers.as(Role.DATA_STEWARD, "36.02");
    static final Authentication SERANG_STEWARD = TestUsers.as(Role.DATA_STEWARD, "36.73");
    static final Authentication LEBAK_PENDAMPING = TestUsers.as(Role.PENDAMPING, "36.02");

    long lastBatch;

    /** A registered person in Lebak and a doubtful row resembling them, committed: one open review item. */
    long openItem() {
        LocalDate born = randomBirth();
        String name = word() + " " + word();
        committed(intake, agency(), new FileBuilder().row("A1", nik(born, true, serial()), noKk(), name, "P", "LEBAK", born,
                "KEPALA KELUARGA", word() + " " + word(), "KP. " + word(), LEBAK_DESA).text());
        BatchView batch = committed(intake, agency(), new FileBuilder().row("D1", "", "", name, "P", "LEBAK", born, "",
                word() + " " + word(), "", LEBAK_DESA_2).text());
        lastBatch = batch.id();
        return jdbc.sql("select id from link_review where batch_id = :b and status = 'OPEN'").param("b", batch.id())
                .query(Long.class).single();
    }

    static <T> T as(Authentication who, java.util.function.Supplier<T> work) {
        return SystemActor.callAs(who, work);
    }

    long audits(long id) {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'LINK_REVIEW' and entity_id = :id")
                .param("id", Long.toString(id)).query(Long.class).single();
    }

    Long mergedInto(long personId) {
        return jdbc.sql("select merged_into from person where id = :id").param("id", personId)
                .query((rs, i) -> rs.getObject(1, Long.class)).list().get(0);
    }

    @Test
    void aKabKotaStewardSeesOnlyItemsOfTheirKabKota() {
        long id = openItem();
        assertThat(as(LEBAK_STEWARD, () -> reviews.list(null, null, 100))).extracting(ReviewSummary::id).contains(id);
        assertThat(as(SERANG_STEWARD, () -> reviews.list(null, null, 100))).extracting(ReviewSummary::id).doesNotContain(id);
        assertThatThrownBy(() -> as(SERANG_STEWARD, () -> reviews.item(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(SERANG_STEWARD, () -> reviews.reject(id, "x"))).isInstanceOf(NotFoundException.class);

        ReviewItem item = as(LEBAK_STEWARD, () -> reviews.item(id));
        assertThat(item.evidence()).extracting(ReviewEvidence::comparison).contains("nama", "tanggal_lahir", "nama_ibu");
        assertThat(item.evidence().stream().mapToDouble(ReviewEvidence::weight).sum())
                .isCloseTo(item.summary().weight(), org.assertj.core.data.Offset.offset(0.5));
        assertThat(item.candidate().data().nama()).isEqualTo(item.incoming().data().nama());
        assertThat(item.mergeRefusals()).isEmpty(); // the registry would merge this pair
        // a pendamping of the region may look, not decide
        assertThat(as(LEBAK_PENDAMPING, () -> reviews.item(id)).summary().id()).isEqualTo(id);
        assertThatThrownBy(() -> as(LEBAK_PENDAMPING, () -> reviews.reject(id, "x"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void acceptMergesUndoUnmergesDecisionsNeedAReasonAreAuditedAndHappenOnce() {
        long id = openItem();
        assertThatThrownBy(() -> as(LEBAK_STEWARD, () -> reviews.accept(id, " ")))
                .isInstanceOfSatisfying(ValidationFailedException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo(LinkageCodes.REVIEW_REASON_REQUIRED));
        ReviewItem accepted = as(LEBAK_STEWARD, () -> reviews.accept(id, "NIK sama di KK lama"));
        assertThat(accepted.summary().status()).isEqualTo(ReviewStatus.ACCEPTED);
        assertThat(accepted.decisionReason()).isEqualTo("NIK sama di KK lama");
        // merged in the registry: the person the batch created now points to the registered one
        assertThat(accepted.mergeId()).isNotNull();
        long incoming = accepted.summary().newPersonId();
        long candidate = accepted.summary().candidatePersonId();
        assertThat(mergedInto(incoming)).isEqualTo(candidate);
        assertThatThrownBy(() -> as(LEBAK_STEWARD, () -> reviews.reject(id, "berubah pikiran")))
                .isInstanceOfSatisfying(ValidationFailedException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo(LinkageCodes.REVIEW_ALREADY_DECIDED));
        ReviewItem undone = as(LEBAK_STEWARD, () -> reviews.undo(id, "salah orang"));
        assertThat(undone.summary().status()).isEqualTo(ReviewStatus.UNDONE);
        assertThat(undone.undoReason()).isEqualTo("salah orang");
        assertThat(mergedInto(incoming)).isNull();
        assertThat(jdbc.sql("select count(*) from person_source where person_id = :p").param("p", incoming)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(audits(id)).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'PERSON_MERGE' and entity_id = :m")
                .param("m", Long.toString(accepted.mergeId())).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theRestApiListsReadsAndDecidesWithProblemCodes() throws Exception {
        long id = openItem();
        mvc.perform(get("/api/v1/linkage/reviews").with(authentication(LEBAK_STEWARD)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("\"id\":" + id)));
        mvc.perform(get("/api/v1/linkage/reviews/{id}", id).with(authentication(LEBAK_STEWARD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.evidence.length()").value(7));
        mvc.perform(get("/api/v1/linkage/reviews/{id}", id).with(authentication(SERANG_STEWARD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/linkage/reviews/{id}/reject", id).with(authentication(LEBAK_STEWARD)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].code").value(LinkageCodes.REVIEW_REASON_REQUIRED));
        mvc.perform(post("/api/v1/linkage/reviews/{id}/reject", id).with(authentication(LEBAK_STEWARD)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"ibu kandung berbeda\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.summary.status").value("REJECTED"));
        mvc.perform(post("/api/v1/linkage/reviews/{id}/accept", id).with(authentication(LEBAK_STEWARD)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].code").value(LinkageCodes.REVIEW_ALREADY_DECIDED));
        mvc.perform(post("/api/v1/linkage/reviews/{id}/accept", id).with(authentication(LEBAK_PENDAMPING)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"))
                .andExpect(status().isForbidden());
        assertThat(audits(id)).isEqualTo(1);
    }

    @Test
    void thePagesShowTheQueueAndTheItemSideBySideAndTakeADecision() throws Exception {
        long id = openItem();
        // the batch's report says what the linkage found
        mvc.perform(get("/intake/batches/{id}", lastBatch).with(authentication(TestUsers.as(Role.DATA_STEWARD, null))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "0 baris cocok dengan orang yang sudah terdaftar, 1 baris masuk tinjauan kecocokan.")));
        mvc.perform(get("/linkage/reviews").with(authentication(LEBAK_STEWARD)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("review-" + id)));
        mvc.perform(get("/linkage/reviews/{id}", id).with(authentication(LEBAK_STEWARD)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Bukti per perbandingan")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"decide\"")));
        mvc.perform(post("/linkage/reviews/{id}/reject", id).param("reason", "").with(authentication(LEBAK_STEWARD)).with(csrf()))
                .andExpect(redirectedUrl("/linkage/reviews/" + id));
        assertThat(as(LEBAK_STEWARD, () -> reviews.item(id)).summary().status()).isEqualTo(ReviewStatus.OPEN);
        mvc.perform(post("/linkage/reviews/{id}/reject", id).param("reason", "tanggal lahir sama, orang lain")
                .with(authentication(LEBAK_STEWARD)).with(csrf()))
                .andExpect(redirectedUrl("/linkage/reviews/" + id));
        assertThat(as(LEBAK_STEWARD, () -> reviews.item(id)).summary().status()).isEqualTo(ReviewStatus.REJECTED);
    }
}
