package id.jaring.enrollment;

import static id.jaring.enrollment.EnrolmentFixtures.lebakFamily;
import static id.jaring.program.ProgramFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

import id.jaring.access.Role;
import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditEntry;
import id.jaring.audit.AuditTrail;
import id.jaring.audit.EntityRef;
import id.jaring.program.AutomaticExits;
import id.jaring.program.Programme;
import id.jaring.program.ProgrammeComponents;
import id.jaring.program.ProgrammeRules;
import id.jaring.program.SaveRule;
import id.jaring.program.ProgrammeData;
import id.jaring.program.ProgrammeStatus;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import id.jaring.registry.HouseholdRegistration;
import id.jaring.support.MovableClock;
import id.jaring.targeting.OneFamily;

/**
 * The daily graduation job with the Clock moved across five years: the time limit on its exact day
 * (starts on 29 February 2024 and 28 February 2023), natural graduation at the end of the tahap in
 * which the last child turned 21, proposals (USULAN) or decisions (KEPUTUSAN), and a second run on
 * the same day writing nothing new.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class GraduationJobTests {

    static final Authentication MAKER = user(8911, Role.OPERATOR_KABKOTA, null, "36.02");
    static final Authentication CHECKER = user(8912, Role.OPERATOR_KABKOTA, null, "36.02");
    static final Authentication PENDAMPING = user(8913, Role.PENDAMPING, null, "36.02");

    @Autowired MovableClock clock;
    @Autowired GraduationJob job;
    @Autowired EnrolmentProposals proposals;
    @Autowired Programmes programmes;
    @Autowired ProgrammeRules rules;
    @Autowired ProgrammeComponents components;
    @Autowired Quotas quotas;
    @Autowired HouseholdRegistration registration;
    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    /** A five-year DINSOS programme since 2020 with a Lebak quota; with Jamsosratu's components when {@code natural}. */
    Programme programme(AutomaticExits setting, boolean natural) {
        return as(STEWARD, () -> {
            Programme p = programmes.create(new ProgrammeData(uniqueCode("GJ"), "Program harian", "DINSOS",
                    LocalDate.of(2020, 1, 1), null, 60, 4, ProgrammeStatus.AKTIF, null, setting));
            quotas.set(p.code(), "36.02", 10);
            if (natural) {
                components.of("JAMSOSRATU").forEach(c -> components.add(p.code(), c.data()));
            }
            return p;
        });
    }

    Enrolment kpm(Programme p, long household, LocalDate start) {
        clock.setDate(start);
        Enrolment proposed = as(MAKER, () -> proposals.propose(new Propose(p.code(), household, null, null)));
        return as(CHECKER, () -> proposals.approve(proposed.id()));
    }

    /** A KPM since 6 Jan 2025 whose only component is a pupil at SMA born 10 June 2005. */
    Enrolment kpmWhosePupilTurns21On10June2026(Programme p) {
        clock.setDate(LocalDate.of(2025, 1, 6));
        OneFamily.Family f = OneFamily.insert(jdbc, OneFamily.LEBAK_DESA, 3, false, LocalDate.of(1975, 3, 1),
                LocalDate.of(2005, 6, 10));
        long pupil = jdbc.sql("select person_id from household_member where household_id = :h order by person_id offset 1")
                .param("h", f.id()).query(Long.class).single();
        jdbc.sql("update person set jenjang_sekolah = 'SMA' where id = :id").param("id", pupil).update();
        return kpm(p, f.id(), LocalDate.of(2025, 1, 6));
    }

    GraduationRun runOn(Programme p, LocalDate day) {
        clock.setDate(day);
        return as(STEWARD, () -> job.run(GraduationRun.Trigger.MANUAL, "test", List.of(p.code())));
    }

    /** Every exit of the programme: enrolment, kind, status, source. */
    List<String> exits(Programme p) {
        return jdbc.sql("""
                select enrolment_id || ' ' || kind || ' ' || status || ' ' || source from enrolment_exit
                where programme_id = :p order by id
                """).param("p", p.id()).query(String.class).list();
    }

    String evidence(long enrolmentId) {
        return jdbc.sql("select evidence::text from enrolment_exit where enrolment_id = :e").param("e", enrolmentId)
                .query(String.class).single();
    }

    static GraduationRun.KindCounts counts(int proposed, int decided, int skipped) {
        return new GraduationRun.KindCounts(proposed, decided, skipped);
    }

    @Test
    void theTimeLimitIsProposedOnItsExactDayAndASecondRunWritesNothing() {
        Programme p = programme(AutomaticExits.USULAN, false);
        clock.setDate(LocalDate.of(2023, 1, 2));
        long a = lebakFamily(registration);
        long b = lebakFamily(registration);
        long c = lebakFamily(registration);
        Enrolment common = kpm(p, a, LocalDate.of(2023, 2, 28));   // last day 27 Feb 2028, limit 28 Feb 2028 (leap year)
        Enrolment leap = kpm(p, b, LocalDate.of(2024, 2, 29));     // last day 28 Feb 2029, limit 1 Mar 2029
        kpm(p, c, LocalDate.of(2026, 1, 15));

        GraduationRun dayBefore = runOn(p, LocalDate.of(2028, 2, 27));
        assertThat(dayBefore.status()).isEqualTo(GraduationRun.Status.FINISHED);
        assertThat(dayBefore.timeLimit()).isEqualTo(counts(0, 0, 0));
        assertThat(exits(p)).isEmpty();
        assertThat(dayBefore.notAssessed()).isEqualTo(p.code());   // no components: natural graduation not assessed

        GraduationRun limitDay = runOn(p, LocalDate.of(2028, 2, 28));
        assertThat(limitDay.timeLimit()).isEqualTo(counts(1, 0, 0));
        assertThat(exits(p)).containsExactly(common.id() + " BATAS_WAKTU DIUSULKAN SISTEM");
        assertThat(evidence(common.id())).contains("\"mulai\": \"2023-02-28\"", "\"hariTerakhir\": \"2028-02-27\"",
                "\"batas\": \"2028-02-28\"", "\"maksimumBulan\": 60");
        // the bulk path keeps what a single proposal keeps: the family, the registry's facts, the rule's result
        assertThat(evidence(common.id())).contains("\"otomatis\"", "\"registri\"", "\"anggotaHidup\": ", "\"anggota\"");
        assertThat(jdbc.sql("select eligibility_result ->> 'result' from enrolment_exit where enrolment_id = :e")
                .param("e", common.id()).query(String.class).single()).isEqualTo("NO_RULE");
        long exitId = jdbc.sql("select id from enrolment_exit where enrolment_id = :e").param("e", common.id())
                .query(Long.class).single();
        assertThat(trail.history(EntityRef.of("ENROLMENT_EXIT", exitId))).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("system");
            assertThat(e.action()).isEqualTo(AuditAction.CREATE);
            assertThat(e.after()).containsEntry("kind", "BATAS_WAKTU").containsEntry("status", "DIUSULKAN");
        });
        assertThat(trail.history(EntityRef.of("HOUSEHOLD", a))).filteredOn(e -> e.action() == AuditAction.READ)
                .extracting(AuditEntry::detail).contains("graduation job evidence");

        assertThat(runOn(p, LocalDate.of(2029, 2, 28)).timeLimit()).isEqualTo(counts(0, 0, 1));
        GraduationRun leapLimit = runOn(p, LocalDate.of(2029, 3, 1));
        assertThat(leapLimit.timeLimit()).isEqualTo(counts(1, 0, 1));
        assertThat(evidence(leap.id())).contains("\"hariTerakhir\": \"2029-02-28\"", "\"batas\": \"2029-03-01\"");

        List<String> before = exits(p);
        GraduationRun again = runOn(p, LocalDate.of(2029, 3, 1));
        assertThat(again.created()).isZero();
        assertThat(again.skipped()).isEqualTo(2);
        assertThat(exits(p)).isEqualTo(before).hasSize(2);
        assertThat(as(CHECKER, () -> enrolmentStatus(leap.id()))).isEqualTo("AKTIF");   // a proposal: the owner decides
        assertThat(trail.history(EntityRef.of("GRADUATION_RUN", again.id()))).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("system"));
    }

    @Test
    void underKeputusanTheJobEndsTheMembershipOnTheLimitDayOnce() {
        Programme p = programme(AutomaticExits.KEPUTUSAN, false);
        clock.setDate(LocalDate.of(2023, 1, 2));
        Enrolment leap = kpm(p, lebakFamily(registration), LocalDate.of(2024, 2, 29));

        assertThat(runOn(p, LocalDate.of(2029, 2, 28)).timeLimit()).isEqualTo(counts(0, 0, 0));
        assertThat(enrolmentStatus(leap.id())).isEqualTo("AKTIF");
        GraduationRun decided = runOn(p, LocalDate.of(2029, 3, 1));
        assertThat(decided.timeLimit()).isEqualTo(counts(0, 1, 0));
        assertThat(exits(p)).containsExactly(leap.id() + " BATAS_WAKTU DISETUJUI SISTEM");
        assertThat(jdbc.sql("select status || ' ' || end_date || ' ' || exit_kind from enrolment where id = :id")
                .param("id", leap.id()).query(String.class).single()).isEqualTo("SELESAI 2029-03-01 BATAS_WAKTU");

        GraduationRun again = runOn(p, LocalDate.of(2029, 3, 1));
        assertThat(again.created()).isZero();
        assertThat(exits(p)).hasSize(1);
    }

    @Test
    void naturalGraduationFollowsTheEndOfTheTahapInWhichTheLastChildTurned21() {
        Programme p = programme(AutomaticExits.USULAN, true);
        Enrolment kpm = kpmWhosePupilTurns21On10June2026(p);

        // the first run applies the latest tahap end (31 March): the pupil is 20, SMA still counts
        GraduationRun first = runOn(p, LocalDate.of(2026, 6, 9));
        assertThat(first.tahapApplied()).isEqualTo(p.code() + "@2026-03-31");
        assertThat(first.natural()).isEqualTo(counts(0, 0, 0));
        // 21 on 10 June: no component left, but the tahap has not ended
        GraduationRun midTahap = runOn(p, LocalDate.of(2026, 6, 10));
        assertThat(midTahap.tahapApplied()).isNull();
        assertThat(exits(p)).isEmpty();
        // the tahap's last day: proposed with the components' explanation
        GraduationRun tahapEnd = runOn(p, LocalDate.of(2026, 6, 30));
        assertThat(tahapEnd.tahapApplied()).isEqualTo(p.code() + "@2026-06-30");
        assertThat(tahapEnd.natural()).isEqualTo(counts(1, 0, 0));
        assertThat(exits(p)).containsExactly(kpm.id() + " ALAMIAH DIUSULKAN SISTEM");
        assertThat(evidence(kpm.id())).contains("\"akhirTahap\": \"2026-06-30\"", "\"tidakAdaKomponenTersisa\": true",
                "\"komponen\"", "\"SMA\"", "\"qualifies\": false");

        GraduationRun again = runOn(p, LocalDate.of(2026, 6, 30));
        assertThat(again.created()).isZero();
        assertThat(again.tahapApplied()).isNull();
        assertThat(exits(p)).hasSize(1);
    }

    @Test
    void underKeputusanNaturalGraduationIsDecidedAtTheTahapsEnd() {
        Programme p = programme(AutomaticExits.KEPUTUSAN, true);
        Enrolment kpm = kpmWhosePupilTurns21On10June2026(p);

        assertThat(runOn(p, LocalDate.of(2026, 6, 9)).natural()).isEqualTo(counts(0, 0, 0));
        GraduationRun tahapEnd = runOn(p, LocalDate.of(2026, 6, 30));
        assertThat(tahapEnd.natural()).isEqualTo(counts(0, 1, 0));
        assertThat(exits(p)).containsExactly(kpm.id() + " ALAMIAH DISETUJUI SISTEM");
        assertThat(jdbc.sql("select status || ' ' || end_date || ' ' || exit_kind from enrolment where id = :id")
                .param("id", kpm.id()).query(String.class).single()).isEqualTo("SELESAI 2026-06-30 ALAMIAH");
        assertThat(evidence(kpm.id())).contains("\"tidakAdaKomponenTersisa\": true", "\"qualifies\": false");

        assertThat(runOn(p, LocalDate.of(2026, 6, 30)).created()).isZero();
        assertThat(exits(p)).hasSize(1);
    }

    @Test
    void aStoredRuleOrConditionThatNoLongerParsesStopsNeitherTheTimeLimitNorTheRun() {
        Programme p = programme(AutomaticExits.USULAN, true);
        as(STEWARD, () -> rules.save(p.code(), new SaveRule("jumlah_anggota >= 1", null)));
        clock.setDate(LocalDate.of(2023, 1, 2));
        Enrolment kpm = kpm(p, lebakFamily(registration), LocalDate.of(2023, 3, 1));
        // as if saved under an older grammar
        jdbc.sql("update programme_rule set rule_text = 'desil <=' where programme_id = :p").param("p", p.id()).update();
        jdbc.sql("update programme_component set member_condition = 'umur <' where programme_id = :p")
                .param("p", p.id()).update();
        try {
            GraduationRun run = runOn(p, LocalDate.of(2028, 3, 1));
            assertThat(run.status()).isEqualTo(GraduationRun.Status.FINISHED);
            assertThat(run.timeLimit()).isEqualTo(counts(1, 0, 0));
            assertThat(run.notAssessed()).isEqualTo(p.code());
            assertThat(jdbc.sql("select eligibility_result ->> 'result' from enrolment_exit where enrolment_id = :e")
                    .param("e", kpm.id()).query(String.class).single()).isEqualTo("RULE_UNREADABLE");
        } finally {
            // the suite's database is shared: other tests evaluate every running programme
            jdbc.sql("update programme set status = 'DITUTUP' where id = :p").param("p", p.id()).update();
        }
    }

    @Test
    void onlyTheStewardAndTheAdministratorRunTheJob() {
        assertThatThrownBy(() -> as(PENDAMPING, () -> job.run(GraduationRun.Trigger.MANUAL, "test", List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(CHECKER, () -> job.run(GraduationRun.Trigger.MANUAL, "test", List.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePageAndTheApiStartRunsAndListThem() throws Exception {
        clock.setDate(LocalDate.of(2019, 6, 1));   // before every test programme's period: the run finds nothing to do
        mvc.perform(post("/graduation/job/run").with(authentication(STEWARD)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/graduation/job"));
        job.awaitIdle(60, TimeUnit.SECONDS);
        GraduationRun manual = as(STEWARD, () -> job.recentRuns(1)).get(0);
        assertThat(manual.trigger()).isEqualTo(GraduationRun.Trigger.MANUAL);
        assertThat(manual.status()).isEqualTo(GraduationRun.Status.FINISHED);
        assertThat(manual.asOf()).isEqualTo(LocalDate.of(2019, 6, 1));
        assertThat(manual.requestedBy()).isEqualTo("test-data_steward");

        String page = mvc.perform(get("/graduation/job").with(authentication(STEWARD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"run-job\"", "id=\"job-run-" + manual.id() + "\"", "Tombol jalankan", "2019-06-01");
        String english = mvc.perform(get("/graduation/job?lang=en").with(authentication(CHECKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Daily graduation job", "Run button").doesNotContain("id=\"run-job\"");
        mvc.perform(post("/graduation/job/run").with(authentication(PENDAMPING)).with(csrf())).andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/graduation/job-runs").with(authentication(STEWARD)).with(csrf()))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.queued").isBoolean());
        job.awaitIdle(60, TimeUnit.SECONDS);
        GraduationRun api = as(STEWARD, () -> job.recentRuns(1)).get(0);
        assertThat(api.trigger()).isEqualTo(GraduationRun.Trigger.API);
        mvc.perform(get("/api/v1/graduation/job-runs/" + api.id()).with(authentication(CHECKER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FINISHED"))
                .andExpect(jsonPath("$.timeLimit.proposed").value(0));
        mvc.perform(post("/api/v1/graduation/job-runs").with(authentication(CHECKER)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    String enrolmentStatus(long id) {
        return jdbc.sql("select status from enrolment where id = :id").param("id", id).query(String.class).single();
    }
}
