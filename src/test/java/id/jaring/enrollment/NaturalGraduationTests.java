package id.jaring.enrollment;

import static id.jaring.program.ProgramFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

import id.jaring.access.Role;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.program.BenefitComponent;
import id.jaring.program.ComponentData;
import id.jaring.program.Programme;
import id.jaring.program.ProgrammeComponents;
import id.jaring.program.ProgrammeData;
import id.jaring.program.ProgrammeStatus;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import id.jaring.support.MovableClock;
import id.jaring.targeting.GeneratedFamilies;
import id.jaring.targeting.OneFamily;

/**
 * Natural graduation with the Clock moved: a family loses its last component when its last child
 * turns 21 or leaves school; the components a family keeps under the cap; refusals and scope; the
 * API and the component view on the enrolment page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class NaturalGraduationTests {

    static final Authentication MAKER = user(8701, Role.OPERATOR_KABKOTA, null, "36.02");
    static final Authentication CHECKER = user(8702, Role.OPERATOR_KABKOTA, null, "36.02");
    static final Authentication SERANG = user(8703, Role.OPERATOR_KABKOTA, null, "36.73");
    static final Authentication PIMPINAN = user(8704, Role.PIMPINAN, null, null);

    @Autowired MovableClock clock;
    @Autowired NaturalGraduation graduation;
    @Autowired EnrolmentProposals proposals;
    @Autowired Programmes programmes;
    @Autowired ProgrammeComponents components;
    @Autowired Quotas quotas;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    /** A DINSOS programme since 2020, cap 4, with Jamsosratu's seven components and their member conditions. */
    Programme pkhLike() {
        return as(STEWARD, () -> {
            Programme p = programmes.create(new ProgrammeData(uniqueCode("NG"), "Program alamiah", "DINSOS",
                    LocalDate.of(2020, 1, 1), null, 60, 4, ProgrammeStatus.AKTIF));
            quotas.set(p.code(), "36.02", 20);
            components.of("JAMSOSRATU").forEach(c -> components.add(p.code(), c.data()));
            return p;
        });
    }

    /** A Lebak family inserted in SQL: births in order (head first), then each member's school level (null: none). */
    long family(List<LocalDate> births, boolean secondPregnant, Map<Integer, String> schoolByIndex) {
        OneFamily.Family f = OneFamily.insert(jdbc, OneFamily.LEBAK_DESA, 3, secondPregnant, births.toArray(LocalDate[]::new));
        List<Long> members = jdbc.sql("select person_id from household_member where household_id = :h order by person_id")
                .param("h", f.id()).query(Long.class).list();
        schoolByIndex.forEach((i, level) -> school(members.get(i), level));
        return f.id();
    }

    void school(long person, String level) {
        jdbc.sql("update person set jenjang_sekolah = :s where id = :id").param("s", level).param("id", person).update();
    }

    Enrolment kpm(Programme p, long household, LocalDate start) {
        clock.setDate(start);
        Enrolment proposed = as(MAKER, () -> proposals.propose(new Propose(p.code(), household, null, null)));
        return as(CHECKER, () -> proposals.approve(proposed.id()));
    }

    List<Long> candidates(Programme p, LocalDate asOf) {
        return as(CHECKER, () -> graduation.candidates(p.code(), "36.02", asOf)).stream()
                .map(GraduationCandidate::householdId).toList();
    }

    @Test
    void aFamilyLosesItsLastComponentWhenItsLastChildTurns21OrLeavesSchool() {
        Programme p = pkhLike();
        long turning21 = family(List.of(LocalDate.of(1975, 3, 1), LocalDate.of(2005, 6, 10)), false, Map.of(1, "SMA"));
        long leavingSchool = family(List.of(LocalDate.of(1980, 3, 1), LocalDate.of(2012, 1, 5)), false, Map.of(1, "SMP"));
        long youngChild = family(List.of(LocalDate.of(1990, 3, 1), LocalDate.of(2021, 8, 1)), false, Map.of());
        for (long h : List.of(turning21, leavingSchool, youngChild)) {
            kpm(p, h, LocalDate.of(2024, 7, 1));
        }

        clock.setDate(LocalDate.of(2026, 6, 9));   // the SMA pupil's last day at 20
        assertThat(candidates(p, null)).isEmpty();
        FamilyComponents before = as(CHECKER, () -> graduation.components(p.code(), turning21, null));
        assertThat(before.components()).filteredOn(ComponentQualification::qualifies)
                .extracting(ComponentQualification::code).containsExactly("SMA");
        assertThat(before.graduatesNaturally()).isFalse();
        // asked for the next day, the same data gives the graduation
        assertThat(candidates(p, LocalDate.of(2026, 6, 10))).containsExactly(turning21);

        clock.setDate(LocalDate.of(2026, 6, 10));   // 21 today: SMA no longer counts
        assertThat(candidates(p, null)).containsExactly(turning21);
        FamilyComponents after = as(CHECKER, () -> graduation.components(p.code(), turning21, null));
        assertThat(after.noComponentLeft()).isTrue();
        assertThat(after.graduatesNaturally()).isTrue();
        assertThat(after.activeEnrolmentId()).isNotNull();
        assertThat(after.components()).noneMatch(ComponentQualification::qualifies);

        // the SMP pupil leaves school: the family's only component goes with it
        long pupil = jdbc.sql("select person_id from household_member where household_id = :h order by person_id offset 1")
                .param("h", leavingSchool).query(Long.class).single();
        school(pupil, "TIDAK_SEKOLAH");
        assertThat(candidates(p, null)).containsExactly(turning21, leavingSchool);
        // the young child keeps ANAK_USIA_DINI until the day it turns 7
        assertThat(candidates(p, LocalDate.of(2028, 7, 31))).doesNotContain(youngChild);
        assertThat(candidates(p, LocalDate.of(2028, 8, 1))).contains(youngChild);
    }

    @Test
    void theCapKeepsTheHighestAmountsAndEachComponentNamesItsMembers() {
        Programme p = pkhLike();
        clock.setDate(LocalDate.of(2026, 11, 26));
        long h = family(List.of(LocalDate.of(1985, 1, 1), LocalDate.of(1995, 1, 1), LocalDate.of(2023, 5, 5),
                LocalDate.of(2017, 2, 2), LocalDate.of(2013, 3, 3), LocalDate.of(2010, 4, 4), LocalDate.of(1960, 6, 6)),
                true, Map.of(3, "SD", 4, "SMP", 5, "SMA"));
        List<Long> members = jdbc.sql("select person_id from household_member where household_id = :h order by person_id")
                .param("h", h).query(Long.class).list();
        FamilyComponents fc = as(CHECKER, () -> graduation.components(p.code(), h, null));
        assertThat(fc.activeEnrolmentId()).isNull();
        assertThat(fc.graduatesNaturally()).isFalse();
        assertThat(fc.components()).extracting(ComponentQualification::code, ComponentQualification::qualifies,
                ComponentQualification::withinCap, ComponentQualification::members).containsExactly(
                tuple("ANAK_USIA_DINI", true, true, List.of(members.get(2))),
                tuple("IBU_HAMIL", true, true, List.of(members.get(1))),
                tuple("DISABILITAS_BERAT", false, false, List.of()),
                tuple("LANSIA", true, true, List.of(members.get(6))),
                tuple("SMA", true, true, List.of(members.get(5))),
                tuple("SMP", true, false, List.of(members.get(4))),
                tuple("SD", true, false, List.of(members.get(3))));
        assertThat(fc.paid()).extracting(ComponentQualification::code)
                .containsExactly("ANAK_USIA_DINI", "IBU_HAMIL", "LANSIA", "SMA");
        ComponentQualification sma = fc.components().get(4);
        assertThat(sma.why().members()).hasSize(7).filteredOn(m -> m.deciding()).singleElement()
                .satisfies(m -> assertThat(m.personId()).isEqualTo(members.get(5)));
    }

    @Test
    void aProgrammeWithAComponentWithoutConditionIsNotAssessed() {
        Programme p = pkhLike();
        as(STEWARD, () -> components.add(p.code(), new ComponentData("RUTILAHU", "Rumah layak", 4_000_000L, 4, 1_000_000L)));
        clock.setDate(LocalDate.of(2026, 11, 26));
        long h = family(List.of(LocalDate.of(1950, 1, 1)), false, Map.of());
        assertThatThrownBy(() -> candidates(p, null)).isInstanceOfSatisfying(ValidationFailedException.class,
                e -> assertThat(e.violations()).extracting(Violation::code, v -> v.args())
                        .containsExactly(tuple("COMPONENT_CONDITION_MISSING", List.of(p.code(), "RUTILAHU"))));
        FamilyComponents fc = as(CHECKER, () -> graduation.components(p.code(), h, null));
        assertThat(fc.withoutCondition()).containsExactly("RUTILAHU");
        assertThat(fc.components()).extracting(ComponentQualification::code).first().isEqualTo("RUTILAHU");
        assertThat(fc.paid()).extracting(ComponentQualification::code).containsExactly("LANSIA");
    }

    @Test
    void onlyReadersInReachSeeCandidatesAndComponents() {
        Programme p = pkhLike();
        clock.setDate(LocalDate.of(2026, 11, 26));
        long h = family(List.of(LocalDate.of(1980, 1, 1)), false, Map.of());
        assertThatThrownBy(() -> as(SERANG, () -> graduation.candidates(p.code(), "36.02", null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(SERANG, () -> graduation.components(p.code(), h, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(PIMPINAN, () -> graduation.candidates(p.code(), null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(SERANG, () -> graduation.candidates(p.code(), null, null))).isEmpty();
    }

    @Test
    void theApiAndTheEnrolmentPageShowTheComponentsAndTheCandidates() throws Exception {
        Programme p = pkhLike();
        long h = family(List.of(LocalDate.of(1970, 1, 1), LocalDate.of(2004, 1, 1)), false, Map.of(1, "SMA"));
        Enrolment e = kpm(p, h, LocalDate.of(2024, 7, 1));
        clock.setDate(LocalDate.of(2026, 11, 26));   // the pupil is 22
        mvc.perform(get("/api/v1/programmes/" + p.code() + "/natural-graduation?kabKota=36.02")
                        .with(authentication(CHECKER)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].enrolmentId").value(e.id()));
        mvc.perform(get("/api/v1/programmes/" + p.code() + "/households/" + h + "/components?asOf=2024-12-31")
                        .with(authentication(CHECKER)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.graduatesNaturally").value(false))
                .andExpect(jsonPath("$.components[?(@.code == 'SMA')].qualifies").value(true));
        String enrolmentPage = mvc.perform(get("/enrolments/" + e.id()).with(authentication(CHECKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String fragmentUrl = "/enrolments/" + p.code() + "/households/" + h + "/components";
        assertThat(enrolmentPage).contains("hx-get=\"" + fragmentUrl + "\"");
        String fragment = mvc.perform(get(fragmentUrl).header("HX-Request", "true").with(authentication(CHECKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("id=\"no-component-left\"", "Tidak ada komponen tersisa").doesNotContain("<html");
        assertThat(mvc.perform(get(fragmentUrl + "?lang=en").with(authentication(CHECKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("No component left", "<html");
    }

    /**
     * On generated families (ages on and around the boundaries, leap-day births, unknown values, dead
     * members, families moved or dissolved), 90% of them KPM: the SQL list and the Java answer per
     * family agree, the day before and the day of a leap-day birthday in a common year.
     */
    @Test
    void sqlAndJavaAgreeOnGeneratedFamilies() {
        Programme p = pkhLike();
        GeneratedFamilies.createHash(jdbc);
        LocalDate base = LocalDate.of(2027, 2, 28);
        GeneratedFamilies.Range range = GeneratedFamilies.insert(jdbc, 300, base);
        jdbc.sql("""
                insert into enrolment (programme_id, household_id, no_kk, kabkota_code, desa_code, status, proposed_by_id,
                    proposed_by, proposed_at, decided_by_id, decided_by, decided_at, start_date, planned_end_date, evidence,
                    updated_at, slot_no)
                select :p, h.id, h.no_kk, h.kabkota_code, h.desa_code, s.status, 1, 'maker', now(), 2, 'checker', now(),
                    case when s.status = 'AKTIF' then date '2025-01-01' end,
                    case when s.status = 'AKTIF' then date '2029-12-31' end, '{}'::jsonb, now(),
                    case when s.status = 'AKTIF' then row_number() over (partition by h.kabkota_code order by h.id) end
                from household h
                cross join lateral (select case when xh(h.id, 'kpm') % 10 = 0 then 'DITOLAK' else 'AKTIF' end as status) s
                where h.id between :from and :to
                """).param("p", p.id()).param("from", range.from()).param("to", range.to()).update();
        for (LocalDate asOf : List.of(base, base.plusDays(1))) {
            Set<Long> bySql = as(STEWARD, () -> graduation.candidates(p.code(), null, asOf)).stream()
                    .map(GraduationCandidate::householdId).collect(Collectors.toCollection(TreeSet::new));
            Set<Long> byJava = LongStream.rangeClosed(range.from(), range.to()).boxed()
                    .filter(h -> as(STEWARD, () -> graduation.components(p.code(), h, asOf)).graduatesNaturally())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(bySql).as("at %s", asOf).isEqualTo(byJava);
            assertThat(bySql.size()).as("some but not all graduate at %s", asOf).isBetween(1, range.families() - 1);
        }
    }
}
