package id.jaring.enrollment;

import static id.jaring.program.ProgramFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

import id.jaring.access.Role;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.program.Programme;
import id.jaring.program.ProgrammeRules;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import id.jaring.program.SaveRule;
import id.jaring.registry.Fixtures;
import id.jaring.registry.HouseholdRegistration;

/**
 * Waiting list, eligibility check at proposal and approval, and the stored eligibility result.
 * Families live in a desa of their own (Cibuah, Lebak) and every rule names it; other tests' families
 * may share it, so order is asserted among this test's own families.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WaitingListTests {

    static final String KEC = "360215";
    static final String DESA = "36.02.15.2003";
    static final String RULE = "desa = '" + DESA + "' AND desil <= 4";
    static final Authentication MAKER = user(8301, Role.OPERATOR_KABKOTA, null, "36.02");
    static final Authentication CHECKER = user(8302, Role.OPERATOR_KABKOTA, null, "36.02");
    static final Authentication SERANG = user(8303, Role.OPERATOR_KABKOTA, null, "36.73");
    static final Authentication DINKES_OPD = user(8304, Role.OPERATOR_OPD, "DINKES", null);

    @Autowired WaitingList waitingList;
    @Autowired EnrolmentProposals proposals;
    @Autowired Enrolments enrolments;
    @Autowired Programmes programmes;
    @Autowired ProgrammeRules rules;
    @Autowired Quotas quotas;
    @Autowired HouseholdRegistration registration;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired java.time.Clock clock;

    Programme programme(String rule) {
        Programme p = programmeWithQuotas(programmes, quotas, "36.02", 10, "36.73", 5);
        if (rule != null) {
            as(STEWARD, () -> rules.save(p.code(), new SaveRule(rule, null)));
        }
        return p;
    }

    /** A family of three in the test desa with the given rank (null: no rank row). */
    long family(Integer desil, String score) {
        long h = as(STEWARD, () -> registration.register(Fixtures.family(KEC, DESA, "KEPALA TUNGGU")).id());
        if (desil != null) {
            jdbc.sql("""
                    insert into household_rank (household_id, kabkota_code, score, desil, weights_version, computed_at)
                    values (:h, '36.02', :score, :desil, 1, now())
                    """).param("h", h).param("score", new BigDecimal(score)).param("desil", desil).update();
        }
        return h;
    }

    List<Long> mine(Authentication who, Programme p, Set<Long> ids) {
        return as(who, () -> waitingList.page(p.code(), "36.02", null, 100)).items().stream()
                .map(WaitingListEntry::householdId).filter(ids::contains).toList();
    }

    static String refusal(Runnable action) {
        try {
            action.run();
        } catch (ValidationFailedException e) {
            return e.violations().stream().map(Violation::code).reduce((a, b) -> a + "," + b).orElseThrow();
        }
        throw new AssertionError("expected a refusal");
    }

    String stored(long enrolmentId, String field) {
        return jdbc.sql("select eligibility_result ->> :f from enrolment where id = :id").param("f", field)
                .param("id", enrolmentId).query((rs, n) -> rs.getString(1)).list().get(0);
    }

    @Test
    void ordersByDesilThenScoreThenIdAndLeavesOutIneligibleProposedAndEnrolledFamilies() {
        Programme p = programme(RULE);
        long a = family(2, "30.000");
        long b = family(1, "50.000");
        long c = family(2, "30.000"); // ties with a on desil and score: the lower id first
        long d = family(2, "10.000");
        long rich = family(7, "5.000");
        long unranked = family(null, null);
        Set<Long> ids = Set.of(a, b, c, d, rich, unranked);

        assertThat(mine(MAKER, p, ids)).containsExactly(b, d, a, c);

        WaitingListPage first = as(MAKER, () -> waitingList.page(p.code(), "36.02", null, 2));
        assertThat(first.items()).hasSize(2).extracting(WaitingListEntry::rank).containsExactly(1L, 2L);
        assertThat(first.ruleVersion()).isEqualTo(1);
        assertThat(first.nextAfter()).isEqualTo(2L);
        WaitingListPage second = as(MAKER, () -> waitingList.page(p.code(), "36.02", first.nextAfter(), 2));
        assertThat(second.items()).extracting(WaitingListEntry::rank).first().isEqualTo(3L);
        assertThat(second.items()).extracting(WaitingListEntry::householdId).doesNotContainAnyElementsOf(
                first.items().stream().map(WaitingListEntry::householdId).toList());
        WaitingListEntry entryB = as(MAKER, () -> waitingList.page(p.code(), "36.02", null, 100)).items().stream()
                .filter(e -> e.householdId() == b).findFirst().orElseThrow();
        assertThat(entryB.desil()).isEqualTo(1);
        assertThat(entryB.score()).isEqualByComparingTo("50");
        assertThat(entryB.desaCode()).isEqualTo(DESA);
        assertThat(entryB.noKk()).hasSize(16);

        Enrolment proposedC = as(MAKER, () -> proposals.propose(new Propose(p.code(), c, null, null)));
        Enrolment proposedB = as(MAKER, () -> proposals.propose(new Propose(p.code(), b, null, null)));
        as(CHECKER, () -> proposals.approve(proposedB.id()));
        assertThat(mine(MAKER, p, ids)).containsExactly(d, a);

        // a rejected proposal puts the family back in line
        as(CHECKER, () -> proposals.reject(proposedC.id(), "data belum lengkap"));
        assertThat(mine(MAKER, p, ids)).containsExactly(d, a, c);
    }

    @Test
    void familiesWithoutARankComeLastWhenTheRuleDoesNotNeedOne() {
        Programme p = programme("desa = '" + DESA + "' AND jumlah_anggota >= 1");
        long unranked = family(null, null);
        long poor = family(3, "20.000");
        long poorer = family(1, "40.000");
        assertThat(mine(MAKER, p, Set.of(unranked, poor, poorer))).containsExactly(poorer, poor, unranked);
        WaitingListEntry last = as(MAKER, () -> waitingList.page(p.code(), "36.02", null, 100)).items().stream()
                .filter(e -> e.householdId() == unranked).findFirst().orElseThrow();
        assertThat(last.desil()).isNull();
        assertThat(last.score()).isNull();
    }

    @Test
    void pagingWalksFromTheRankedFamiliesIntoTheUnrankedOnesWithoutLossOrRepeat() {
        Programme p = programme("desa = '" + DESA + "' AND jumlah_anggota >= 1");
        long ranked = family(2, "25.000");
        long unranked = family(null, null);
        long moved = family(null, null); // ranked while it lived in Kota Serang: unranked here until the next run
        jdbc.sql("""
                insert into household_rank (household_id, kabkota_code, score, desil, weights_version, computed_at)
                values (:h, '36.73', 1.000, 1, 1, now())
                """).param("h", moved).update();
        List<WaitingListEntry> all = as(MAKER, () -> waitingList.page(p.code(), "36.02", null, 100)).items();
        assertThat(all.stream().map(WaitingListEntry::householdId).filter(Set.of(ranked, unranked, moved)::contains))
                .containsExactly(ranked, moved, unranked);

        List<Long> walked = new java.util.ArrayList<>();
        Long after = null;
        do {
            Long from = after;
            WaitingListPage page = as(MAKER, () -> waitingList.page(p.code(), "36.02", from, 2));
            page.items().forEach(e -> walked.add(e.householdId()));
            after = page.nextAfter();
        } while (after != null);
        assertThat(walked).isEqualTo(all.stream().map(WaitingListEntry::householdId).toList());

        // a page that starts after the last ranked family (its offset needs the ranked total)
        long rankedHere = all.stream().filter(e -> e.desil() != null && e.householdId() != moved).count();
        WaitingListPage past = as(MAKER, () -> waitingList.page(p.code(), "36.02", rankedHere, 100));
        assertThat(past.items()).first().satisfies(e -> {
            assertThat(e.rank()).isEqualTo(rankedHere + 1);
            assertThat(e.householdId()).isEqualTo(all.get((int) rankedHere).householdId());
        });
        assertThat(past.items()).hasSize(all.size() - (int) rankedHere);
        // from there on the set-based whole list gives, position by position, what the walk gave
        for (long k = rankedHere; k < all.size(); k++) {
            long from = k;
            assertThat(as(MAKER, () -> waitingList.page(p.code(), "36.02", from, 1)).items())
                    .extracting(WaitingListEntry::householdId).containsExactly(all.get((int) k).householdId());
        }
    }

    @Test
    void answersNotFoundOutsideTheCallersReachOrWithoutARule() {
        Programme p = programme(RULE);
        family(1, "1.000");
        assertThat(as(MAKER, () -> waitingList.page(p.code(), "36.02", null, 10)).items()).isNotEmpty();
        assertThatThrownBy(() -> as(SERANG, () -> waitingList.page(p.code(), "36.02", null, 10)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(DINKES_OPD, () -> waitingList.page(p.code(), "36.02", null, 10)))
                .isInstanceOf(NotFoundException.class);
        Programme noRule = programme(null);
        assertThatThrownBy(() -> as(MAKER, () -> waitingList.page(noRule.code(), "36.02", null, 10)))
                .isInstanceOf(NotFoundException.class);
        // a Serang operator's list of Kota Serang holds no Lebak family
        assertThat(as(SERANG, () -> waitingList.page(p.code(), "36.73", null, 100)).items())
                .extracting(WaitingListEntry::desaCode).allMatch(code -> code.startsWith("36.73."));
    }

    @Test
    void refusesAFamilyTheRuleDoesNotSelectAndStoresTheResultThatJustifiedTheEnrolment() {
        Programme p = programme(RULE);
        long rich = family(7, "90.000");
        long unranked = family(null, null);
        long poor = family(2, "10.000");

        assertThat(refusal(() -> as(MAKER, () -> proposals.propose(new Propose(p.code(), rich, null, null)))))
                .isEqualTo(EnrolmentCodes.NOT_ELIGIBLE);
        assertThat(refusal(() -> as(MAKER, () -> proposals.propose(new Propose(p.code(), unranked, null, null)))))
                .isEqualTo(EnrolmentCodes.NOT_ELIGIBLE);
        assertThat(jdbc.sql("select count(*) from enrolment where household_id in (:ids)")
                .param("ids", List.of(rich, unranked)).query(Long.class).single()).isZero();

        Enrolment proposed = as(MAKER, () -> proposals.propose(new Propose(p.code(), poor, null, null)));
        assertThat(stored(proposed.id(), "result")).isEqualTo("TRUE");
        assertThat(stored(proposed.id(), "ruleVersion")).isEqualTo("1");
        assertThat(stored(proposed.id(), "rule")).isEqualTo(RULE);
        assertThat(stored(proposed.id(), "asOf")).isEqualTo(java.time.LocalDate.now(clock).toString());
        assertThat(stored(proposed.id(), "condition")).contains("desil <= 4", "\"value\"");
        assertThat(proposed.eligibilityResult()).contains("\"result\": \"TRUE\"");

        Enrolment approved = as(CHECKER, () -> proposals.approve(proposed.id()));
        assertThat(approved.status()).isEqualTo(EnrolmentStatus.AKTIF);
        assertThat(approved.eligibilityResult()).contains("\"ruleVersion\": 1");
        assertThat(stored(approved.id(), "result")).isEqualTo("TRUE");
    }

    @Test
    void approvalEvaluatesTheRuleInForceAgain() {
        Programme p = programme(RULE);
        long h = family(4, "10.000");
        Enrolment proposed = as(MAKER, () -> proposals.propose(new Propose(p.code(), h, null, null)));
        as(STEWARD, () -> rules.save(p.code(), new SaveRule("desa = '" + DESA + "' AND desil <= 3", "lebih ketat")));
        assertThat(refusal(() -> as(CHECKER, () -> proposals.approve(proposed.id()))))
                .isEqualTo(EnrolmentCodes.NOT_ELIGIBLE);
        assertThat(as(CHECKER, () -> enrolments.get(proposed.id())).status()).isEqualTo(EnrolmentStatus.DIUSULKAN);
    }

    @Test
    void aProgrammeWithoutARuleRecordsThatFact() {
        Programme p = programme(null);
        long h = family(9, "99.000");
        Enrolment proposed = as(MAKER, () -> proposals.propose(new Propose(p.code(), h, null, null)));
        assertThat(stored(proposed.id(), "result")).isEqualTo("NO_RULE");
        assertThat(stored(proposed.id(), "ruleVersion")).isNull();
    }

    @Test
    void aStoredRuleThatNoLongerParsesGivesTheProblemNotAServerError() throws Exception {
        Programme p = programme(RULE);
        // as if saved under an older grammar: the text in force no longer parses
        jdbc.sql("update programme_rule set rule_text = 'desil <= ' where programme_id = :p").param("p", p.id()).update();
        String url = "/enrolments/" + p.code() + "/36.02/waiting";
        try {
            String page = mvc.perform(get(url).with(authentication(MAKER))).andExpect(status().isUnprocessableEntity())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("id=\"error-422\"", "Data tidak dapat dipakai", "data-code=\"RULE_");
            mvc.perform(get("/api/v1/programmes/" + p.code() + "/waiting-list").param("kabKota", "36.02")
                            .with(authentication(MAKER)))
                    .andExpect(status().is4xxClientError())
                    .andExpect(jsonPath("$.errors[0].code").value(org.hamcrest.Matchers.startsWith("RULE_")));
            // a family's programmes are still shown; this one is listed as not evaluated
            long h = family(2, "0.500");
            String programmes = mvc.perform(get("/households/{id}/programmes", h).header("HX-Request", "true")
                            .with(authentication(MAKER)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(programmes).contains("id=\"programmes-unreadable-rule\"", p.code());
        } finally {
            // the database is shared by the whole suite: other tests evaluate every running programme's rule
            jdbc.sql("update programme_rule set rule_text = :rule where programme_id = :p").param("rule", RULE)
                    .param("p", p.id()).update();
        }
    }

    @Test
    void theWaitingPageShowsFamiliesWithoutNamesAndProposesFromTheList() throws Exception {
        Programme p = programme(RULE);
        long h = family(1, "0.500");
        String noKk = jdbc.sql("select no_kk from household where id = :id").param("id", h).query(String.class).single();
        String url = "/enrolments/" + p.code() + "/36.02/waiting";

        String page = mvc.perform(get(url).with(authentication(MAKER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"waiting-" + h + "\"", noKk, "id=\"propose-" + h + "\"")
                .doesNotContain("KEPALA TUNGGU", "SITI AMINAH");
        mvc.perform(get(url).with(authentication(SERANG))).andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/programmes/" + p.code() + "/waiting-list").param("kabKota", "36.02").param("size", "100")
                        .with(authentication(MAKER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleVersion").value(1))
                .andExpect(jsonPath("$.items[?(@.householdId == " + h + ")].noKk").value(noKk));

        mvc.perform(post(url + "/" + h + "/propose").with(authentication(MAKER)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Enrolment proposed = as(MAKER, () -> enrolments.openOf(h)).stream()
                .filter(e -> e.programmeCode().equals(p.code())).findFirst().orElseThrow();
        assertThat(proposed.status()).isEqualTo(EnrolmentStatus.DIUSULKAN);
        assertThat(mvc.perform(get(url).with(authentication(MAKER))).andReturn().getResponse().getContentAsString())
                .doesNotContain("id=\"waiting-" + h + "\"");

        String detail = mvc.perform(get("/enrolments/" + proposed.id()).with(authentication(CHECKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("id=\"eligibility-result\">TRUE<", "id=\"eligibility-version\">1<");
        mvc.perform(get("/api/v1/enrolments/" + proposed.id()).with(authentication(CHECKER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.eligibilityResult.result").value("TRUE"));
    }
}
