package id.jaring.enrollment;

import static id.jaring.program.ProgramFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import id.jaring.program.Programme;
import id.jaring.program.ProgrammeData;
import id.jaring.program.ProgrammeRules;
import id.jaring.program.ProgrammeStatus;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import id.jaring.program.SaveRule;
import id.jaring.registry.Fixtures;
import id.jaring.registry.HouseholdRegistration;

/**
 * A family's programmes (page fragment and API): eligibility per running programme with the deciding
 * condition and member, enrolments with the owner agency, scope, role, and the one audited read.
 * The family (head, wife, a child born 2012-2018) lives in a desa of its own (Bojongjuruh, Lebak).
 */
@SpringBootTest
@AutoConfigureMockMvc
class FamilyProgrammesTests {

    static final String KEC = "360209";
    static final String DESA = "36.02.09.2002";
    static final Authentication MAKER = user(8401, Role.OPERATOR_KABKOTA, null, "36.02");
    static final Authentication CHECKER = user(8402, Role.OPERATOR_KABKOTA, null, "36.02");
    static final Authentication SERANG = user(8403, Role.OPERATOR_KABKOTA, null, "36.73");
    static final Authentication PIMPINAN = user(8404, Role.PIMPINAN, null, null);
    static final Authentication DINSOS_OPD = user(8405, Role.OPERATOR_OPD, "DINSOS", null);
    static final Authentication PENDAMPING = user(8406, Role.PENDAMPING, null, "36.02");

    @Autowired MockMvc mvc;
    @Autowired Programmes programmes;
    @Autowired ProgrammeRules rules;
    @Autowired Quotas quotas;
    @Autowired EnrolmentProposals proposals;
    @Autowired HouseholdRegistration registration;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    /** A running DINSOS programme with a quota in Lebak and the rule (null: none). */
    Programme programme(String rule) {
        Programme p = programmeWithQuotas(programmes, quotas, "36.02", 5);
        if (rule != null) {
            as(STEWARD, () -> rules.save(p.code(), new SaveRule(rule, null)));
        }
        return p;
    }

    /** A running Dinas Kesehatan programme without a rule, with a quota in Lebak. */
    Programme dinkesProgramme() {
        return as(STEWARD, () -> {
            String code = uniqueCode("KES");
            Programme p = programmes.create(new ProgrammeData(code, "Program sehat " + code, "DINKES",
                    LocalDate.of(2026, 1, 1), null, 24, null, ProgrammeStatus.AKTIF));
            quotas.set(code, "36.02", 5);
            return p;
        });
    }

    long family() {
        return as(STEWARD, () -> registration.register(Fixtures.family(KEC, DESA, "KEPALA PROGRAM")).id());
    }

    record Child(String nama, int age) {
    }

    Child child(long household) {
        return jdbc.sql("""
                select p.nama, p.tanggal_lahir from household_member m join person p on p.id = m.person_id
                where m.household_id = :h and m.hubungan_keluarga = 'ANAK'
                """).param("h", household).query((rs, n) -> new Child(rs.getString(1),
                        Period.between(rs.getObject(2, LocalDate.class), LocalDate.now(clock)).getYears())).single();
    }

    long reads(long household) {
        return jdbc.sql("""
                select count(*) from audit_event
                where action = 'READ' and entity_type = 'HOUSEHOLD' and entity_id = :id
                """).param("id", Long.toString(household)).query(Long.class).single();
    }

    String fragment(Authentication who, long household) throws Exception {
        return mvc.perform(get("/households/{id}/programmes", household).header("HX-Request", "true")
                        .with(authentication(who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static MockHttpServletRequestBuilder api(Authentication who, long household) {
        return get("/api/v1/households/{id}/programmes", household).with(authentication(who))
                .accept(MediaType.APPLICATION_JSON);
    }

    /** The collapsible block of one programme in the fragment. */
    static String block(String html, Programme p) {
        Matcher m = Pattern.compile("<details[^>]*id=\"eligibility-" + p.code() + "\".*?</details>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("a block for %s", p.code()).isTrue();
        return m.group();
    }

    static String row(String html, long enrolmentId) {
        Matcher m = Pattern.compile("<tr id=\"family-enrolment-" + enrolmentId + "\">.*?</tr>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("a row for enrolment %d", enrolmentId).isTrue();
        return m.group();
    }

    @Test
    void showsWhyTheFamilyIsEligibleForOneProgrammeAndNotAnotherWithTheDecidingMember() throws Exception {
        Programme children = programme("desa = '" + DESA + "' AND ANY MEMBER (umur < 18)");
        Programme elderly = programme("desa = '" + DESA + "' AND ANY MEMBER (umur >= 60)");
        Programme noRule = programme(null);
        long h = family();
        Child child = child(h);
        long before = reads(h);

        String html = fragment(MAKER, h);

        assertThat(reads(h)).as("the family is read once, for every programme").isEqualTo(before + 1);
        assertThat(html).startsWith("<div id=\"family-programmes\"").doesNotContain("<html");
        String yes = block(html, children);
        assertThat(yes).contains("id=\"verdict-" + children.code() + "\"", "MEMENUHI SYARAT", "aturan versi 1",
                "Dinas Sosial Provinsi Banten");
        assertThat(yes).doesNotContain("TIDAK MEMENUHI SYARAT");
        // the child decides ANY MEMBER (umur < 18), with its age as the value
        Matcher decidingChild = Pattern.compile("<li class=\"rule-deciding\">\\s*<strong>" + Pattern.quote(child.nama())
                + "</strong>.*?umur &lt; 18</code>\\s*<span class=\"muted\"><span>nilai</span>: <strong>(\\d+)</strong>",
                Pattern.DOTALL).matcher(yes);
        assertThat(decidingChild.find()).as("the deciding child and its age in %s", yes).isTrue();
        assertThat(Integer.parseInt(decidingChild.group(1))).isEqualTo(child.age());
        assertThat(yes).contains("href=\"/enrolments/propose?household=" + h + "&amp;programme=" + children.code() + "\"");

        String no = block(html, elderly);
        assertThat(no).contains("TIDAK MEMENUHI SYARAT", "umur &gt;= 60</code>", "<strong>KEPALA PROGRAM</strong>")
                .doesNotContain("id=\"propose-");
        assertThat(html).containsPattern("id=\"programmes-without-rule\"[^<]*<span>[^<]*</span>:\\s*<span>[^<]*"
                + noRule.code());
        assertThat(html).contains("id=\"no-family-enrolments\"");

        // English texts
        String en = mvc.perform(get("/households/{id}/programmes", h).param("lang", "en").header("HX-Request", "true")
                .with(authentication(MAKER))).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Programmes of this family", "rule version 1", "ELIGIBLE");
    }

    @Test
    void listsEveryEnrolmentWithTheOwnerAgencyAndHidesTheProposeLinkOnceProposed() throws Exception {
        Programme children = programme("desa = '" + DESA + "' AND ANY MEMBER (umur < 18)");
        Programme health = dinkesProgramme();
        long h = family();
        Enrolment proposed = as(MAKER, () -> proposals.propose(new Propose(children.code(), h, null, null)));
        Enrolment kpm = as(MAKER, () -> proposals.propose(new Propose(health.code(), h, null, null)));
        as(CHECKER, () -> proposals.approve(kpm.id()));
        LocalDate today = LocalDate.now(clock);

        String html = fragment(CHECKER, h);

        assertThat(row(html, kpm.id())).contains(health.code(), "<td>Dinas Kesehatan Provinsi Banten</td>",
                "<td>KPM aktif</td>", "<td>" + today + "</td>", "<td>" + today.plusMonths(24).minusDays(1) + "</td>");
        assertThat(row(html, proposed.id())).contains(children.code(), "<td>Dinas Sosial Provinsi Banten</td>",
                "<td>Diusulkan</td>", "<td>" + today + "</td>");
        String yes = block(html, children);
        assertThat(yes).contains("MEMENUHI SYARAT").doesNotContain("id=\"propose-");
        assertThat(html).doesNotContain("id=\"eligibility-" + health.code() + "\"");

        // an agency operator sees its own agency's programmes only, as on every enrolment page
        String dinsos = fragment(DINSOS_OPD, h);
        assertThat(dinsos).contains("id=\"family-enrolment-" + proposed.id() + "\"")
                .doesNotContain("id=\"family-enrolment-" + kpm.id() + "\"");
        // a role that reads but does not propose sees no propose link
        assertThat(fragment(PENDAMPING, h)).doesNotContain("id=\"propose-");

        mvc.perform(api(CHECKER, h))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.householdId").value(h))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.asOf").value(today.toString()))
                .andExpect(jsonPath("$.enrolments.length()").value(2))
                .andExpect(jsonPath("$.enrolments[?(@.id == %d)].programme.agencyName", kpm.id())
                        .value("Dinas Kesehatan Provinsi Banten"))
                .andExpect(jsonPath("$.enrolments[?(@.id == %d)].status", kpm.id()).value("AKTIF"))
                .andExpect(jsonPath("$.enrolments[?(@.id == %d)].startDate", kpm.id()).value(today.toString()))
                .andExpect(jsonPath("$.enrolments[?(@.id == %d)].status", proposed.id()).value("DIUSULKAN"))
                .andExpect(jsonPath("$.withoutRule[?(@.code == '%s')].agencyCode", health.code()).value("DINKES"))
                .andExpect(jsonPath("$.eligibility[?(@.programme.code == '%s')].open", children.code()).value("DIUSULKAN"))
                .andExpect(jsonPath("$.eligibility[?(@.programme.code == '%s')].proposable", children.code()).value(false));
    }

    @Test
    void theApiGivesTheConditionTreeWithTheDecidingMembers() throws Exception {
        Programme children = programme("desa = '" + DESA + "' AND ANY MEMBER (umur < 18)");
        Programme elderly = programme("desa = '" + DESA + "' AND ANY MEMBER (umur >= 70)");
        // the version in force is the latest
        as(STEWARD, () -> rules.save(elderly.code(), new SaveRule("desa = '" + DESA + "' AND ANY MEMBER (umur >= 60)", null)));
        long h = family();
        String child = child(h).nama();
        String yes = "$.eligibility[?(@.programme.code == '" + children.code() + "')]";
        String no = "$.eligibility[?(@.programme.code == '" + elderly.code() + "')]";
        long before = reads(h);

        mvc.perform(api(MAKER, h))
                .andExpect(status().isOk())
                .andExpect(jsonPath(yes + ".eligible").value(true))
                .andExpect(jsonPath(yes + ".ruleVersion").value(1))
                .andExpect(jsonPath(yes + ".proposable").value(true))
                .andExpect(jsonPath(yes + ".programme.agencyName").value("Dinas Sosial Provinsi Banten"))
                .andExpect(jsonPath(yes + ".condition.result").value("TRUE"))
                .andExpect(jsonPath(yes + ".condition.parts[0].value").value(DESA))
                .andExpect(jsonPath(yes + ".condition.parts[1].result").value("TRUE"))
                .andExpect(jsonPath(yes + ".condition.parts[1].members[?(@.deciding == true)].nama").value(child))
                .andExpect(jsonPath(yes + ".condition.parts[1].members[?(@.deciding == true)].detail.result").value("TRUE"))
                .andExpect(jsonPath(yes + ".condition.parts[1].members[?(@.nama == 'KEPALA PROGRAM')].deciding").value(false))
                .andExpect(jsonPath(no + ".ruleVersion").value(2))
                .andExpect(jsonPath(no + ".rule").value("desa = '" + DESA + "' AND ANY MEMBER (umur >= 60)"))
                .andExpect(jsonPath(no + ".eligible").value(false))
                .andExpect(jsonPath(no + ".proposable").value(false))
                .andExpect(jsonPath(no + ".condition.result").value("FALSE"))
                .andExpect(jsonPath(no + ".condition.parts[1].result").value("FALSE"))
                .andExpect(jsonPath(no + ".condition.parts[1].members[?(@.nama == 'KEPALA PROGRAM')].detail.result")
                        .value("FALSE"));
        assertThat(reads(h)).isEqualTo(before + 1);
    }

    @Test
    void outsideTheRegionIsNotFoundAndPimpinanIsRefused() throws Exception {
        programme("desa = '" + DESA + "' AND ANY MEMBER (umur < 18)");
        long h = family();
        long before = reads(h);

        mvc.perform(get("/households/{id}/programmes", h).with(authentication(SERANG))).andExpect(status().isNotFound());
        mvc.perform(api(SERANG, h)).andExpect(status().isNotFound());
        mvc.perform(api(MAKER, Long.MAX_VALUE)).andExpect(status().isNotFound());
        mvc.perform(get("/households/{id}/programmes", h).with(authentication(PIMPINAN))).andExpect(status().isForbidden());
        mvc.perform(api(PIMPINAN, h)).andExpect(status().isForbidden());
        assertThat(reads(h)).as("refused requests read nothing").isEqualTo(before);
    }

    @Test
    void theFamilyPageLoadsTheProgrammesWithHtmxAndTheUrlAloneIsAFullPage() throws Exception {
        long h = family();
        String page = mvc.perform(get("/households/{id}", h).with(authentication(MAKER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher placeholder = Pattern.compile("<div id=\"family-programmes\"[^>]*>").matcher(page);
        assertThat(placeholder.find()).isTrue();
        assertThat(placeholder.group()).contains("hx-get=\"/households/" + h + "/programmes\"", "hx-trigger=\"load\"");

        String full = mvc.perform(get("/households/{id}/programmes", h).with(authentication(MAKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(full).contains("<html", "class=\"topbar\"", "id=\"family-programmes\"", "href=\"/households/" + h + "\"");
    }
}
