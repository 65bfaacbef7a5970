package id.jaring.enrollment;

import static id.jaring.enrollment.EnrolmentFixtures.*;
import static id.jaring.program.ProgramFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

import id.jaring.access.Role;
import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditEntry;
import id.jaring.audit.AuditTrail;
import id.jaring.audit.EntityRef;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.program.Programme;
import id.jaring.program.ProgrammeData;
import id.jaring.program.ProgrammeStatus;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import id.jaring.registry.HouseholdRegistration;
import id.jaring.support.MovableClock;

/**
 * The membership clock as the Clock moves across five years: the last day fixed at approval (leap
 * years: starts on 29 February 2024 and 28 February 2023), the time left, the 6 and 12 month lists,
 * scope, the page, the API and the CSV export.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class MembershipClockTests {

    static final Authentication MAKER = user(8601, Role.OPERATOR_KABKOTA, null, "36.02");
    static final Authentication CHECKER = user(8602, Role.OPERATOR_KABKOTA, null, "36.02");
    static final Authentication SERANG_MAKER = user(8603, Role.OPERATOR_KABKOTA, null, "36.73");
    static final Authentication SERANG_CHECKER = user(8604, Role.OPERATOR_KABKOTA, null, "36.73");
    static final Authentication DINKES_OPD = user(8605, Role.OPERATOR_OPD, "DINKES", null);
    static final Authentication PIMPINAN = user(8606, Role.PIMPINAN, null, null);

    static final LocalDate LEAP_START = LocalDate.of(2024, 2, 29);
    static final LocalDate COMMON_START = LocalDate.of(2023, 2, 28);
    static final LocalDate LATER_START = LocalDate.of(2026, 1, 15);

    @Autowired MovableClock clock;
    @Autowired MembershipClock membership;
    @Autowired EnrolmentProposals proposals;
    @Autowired Programmes programmes;
    @Autowired Quotas quotas;
    @Autowired HouseholdRegistration registration;
    @Autowired AuditTrail trail;
    @Autowired MockMvc mvc;

    /** A five-year DINSOS programme running since 2020, with Lebak and Kota Serang quotas. */
    Programme fiveYears() {
        return as(STEWARD, () -> {
            Programme p = programmes.create(new ProgrammeData(uniqueCode("CLK"), "Program jam", "DINSOS",
                    LocalDate.of(2020, 1, 1), null, 60, 4, ProgrammeStatus.AKTIF));
            quotas.set(p.code(), "36.02", 10);
            quotas.set(p.code(), "36.73", 10);
            return p;
        });
    }

    /** The family proposed and approved by two operators of its kab/kota on {@code start}. */
    Enrolment kpm(Programme p, long household, LocalDate start, Authentication maker, Authentication checker) {
        clock.setDate(start);
        Enrolment proposed = as(maker, () -> proposals.propose(new Propose(p.code(), household, null, null)));
        return as(checker, () -> proposals.approve(proposed.id()));
    }

    record Three(Programme programme, Enrolment leap, Enrolment common, Enrolment later) {
    }

    Three threeLebakKpm() {
        Programme p = fiveYears();
        clock.setDate(LocalDate.of(2023, 1, 2));
        long a = lebakFamily(registration);
        long b = lebakFamily(registration);
        long c = lebakFamily(registration);
        return new Three(p, kpm(p, a, LEAP_START, MAKER, CHECKER), kpm(p, b, COMMON_START, MAKER, CHECKER),
                kpm(p, c, LATER_START, MAKER, CHECKER));
    }

    ClockPage page(Programme p, ClockWindow window) {
        return as(CHECKER, () -> membership.page(p.code(), "36.02", window, null, 50));
    }

    @Test
    void theApprovalFixesTheLastDayAndTheTimeLeftRunsDownToTheLimit() {
        Three t = threeLebakKpm();
        assertThat(t.leap().plannedEndDate()).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(t.common().plannedEndDate()).isEqualTo(LocalDate.of(2028, 2, 27));
        assertThat(t.later().plannedEndDate()).isEqualTo(LocalDate.of(2031, 1, 14));

        // the day before the 2023 start's last day: soonest limit first
        clock.setDate(LocalDate.of(2028, 2, 26));
        assertThat(page(t.programme(), ClockWindow.ALL).items())
                .extracting(ClockEntry::enrolmentId, ClockEntry::limitDate, ClockEntry::monthsLeft, ClockEntry::daysLeft,
                        ClockEntry::totalDaysLeft, ClockEntry::band)
                .containsExactly(
                        tuple(t.common().id(), LocalDate.of(2028, 2, 28), 0L, 2, 2L, ClockBand.UNDER_6_MONTHS),
                        tuple(t.leap().id(), LocalDate.of(2029, 3, 1), 12L, 3, 369L, ClockBand.LATER),
                        tuple(t.later().id(), LocalDate.of(2031, 1, 15), 34L, 20, 1054L, ClockBand.LATER));
        clock.setDate(LocalDate.of(2028, 2, 27));   // the last day of the 2023 start: one day left
        assertThat(page(t.programme(), ClockWindow.OVERDUE).items()).isEmpty();
        assertThat(page(t.programme(), ClockWindow.ALL).items().get(0).totalDaysLeft()).isEqualTo(1L);
        clock.setDate(LocalDate.of(2028, 2, 28));   // five years, 2028 being a leap year: the limit is reached
        assertThat(page(t.programme(), ClockWindow.OVERDUE).items()).singleElement()
                .satisfies(e -> assertThat(e.enrolmentId()).isEqualTo(t.common().id()))
                .satisfies(e -> assertThat(e.totalDaysLeft()).isZero());

        // 29 February 2024 + five years: still a KPM on 28 February 2029, past the limit on 1 March
        clock.setDate(LocalDate.of(2029, 2, 28));
        assertThat(page(t.programme(), ClockWindow.OVERDUE).items()).extracting(ClockEntry::enrolmentId)
                .containsExactly(t.common().id());
        assertThat(page(t.programme(), ClockWindow.WITHIN_6_MONTHS).items()).singleElement()
                .satisfies(e -> assertThat(e.totalDaysLeft()).isEqualTo(1L));
        clock.setDate(LocalDate.of(2029, 3, 1));
        assertThat(page(t.programme(), ClockWindow.OVERDUE).items()).extracting(ClockEntry::enrolmentId)
                .containsExactly(t.common().id(), t.leap().id());
    }

    @Test
    void theSixAndTwelveMonthListsCountsAndPagesSplitTheKpmByTheirLimit() {
        Three t = threeLebakKpm();
        clock.setDate(LocalDate.of(2028, 9, 1));   // 2023 start past, 2024 start within 6 months, 2026 start later
        assertThat(page(t.programme(), ClockWindow.OVERDUE).items()).extracting(ClockEntry::enrolmentId)
                .containsExactly(t.common().id());
        assertThat(page(t.programme(), ClockWindow.WITHIN_6_MONTHS).items()).extracting(ClockEntry::enrolmentId)
                .containsExactly(t.leap().id());
        assertThat(page(t.programme(), ClockWindow.WITHIN_12_MONTHS).items()).extracting(ClockEntry::enrolmentId)
                .containsExactly(t.leap().id());
        clock.setDate(LocalDate.of(2030, 1, 20));  // the 2026 start's limit (15 Jan 2031) is 12 months less 5 days away
        assertThat(page(t.programme(), ClockWindow.WITHIN_6_MONTHS).items()).isEmpty();
        ClockPage within12 = page(t.programme(), ClockWindow.WITHIN_12_MONTHS);
        assertThat(within12.items()).extracting(ClockEntry::enrolmentId, ClockEntry::band)
                .containsExactly(tuple(t.later().id(), ClockBand.UNDER_12_MONTHS));
        assertThat(within12.counts()).extracting(ClockCounts::kabKotaName, ClockCounts::kpm, ClockCounts::overdue,
                ClockCounts::within6Months, ClockCounts::within12Months, ClockCounts::noLimit)
                .containsExactly("Kabupaten Lebak", 3L, 2L, 0L, 1L, 0L);

        ClockPage first = as(CHECKER, () -> membership.page(t.programme().code(), "36.02", ClockWindow.ALL, null, 2));
        assertThat(first.items()).extracting(ClockEntry::enrolmentId).containsExactly(t.common().id(), t.leap().id());
        ClockPage second = as(CHECKER, () -> membership.page(t.programme().code(), "36.02", ClockWindow.ALL,
                first.nextAfter(), 2));
        assertThat(second.items()).extracting(ClockEntry::enrolmentId).containsExactly(t.later().id());
        assertThat(second.last()).isTrue();
        assertThatThrownBy(() -> as(CHECKER, () -> membership.page(t.programme().code(), "36.02", ClockWindow.ALL,
                "kemarin", 2))).isInstanceOfSatisfying(ValidationFailedException.class,
                        e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("CLOCK_CURSOR_INVALID"));
    }

    @Test
    void aProgrammeWithoutALimitListsItsKpmWithoutOne() {
        Programme open = as(STEWARD, () -> programmes.create(new ProgrammeData(uniqueCode("CLN"), "Tanpa batas", "DINSOS",
                LocalDate.of(2020, 1, 1), null, null, 4, ProgrammeStatus.AKTIF)));
        as(STEWARD, () -> quotas.set(open.code(), "36.02", 5));
        clock.setDate(LocalDate.of(2026, 3, 1));
        Enrolment e = kpm(open, lebakFamily(registration), LocalDate.of(2026, 3, 2), MAKER, CHECKER);
        assertThat(e.plannedEndDate()).isNull();
        assertThat(page(open, ClockWindow.ALL).items()).singleElement()
                .satisfies(c -> assertThat(c.band()).isEqualTo(ClockBand.NO_LIMIT))
                .satisfies(c -> assertThat(c.totalDaysLeft()).isNull());
        assertThat(page(open, ClockWindow.WITHIN_12_MONTHS).items()).isEmpty();
        assertThat(page(open, ClockWindow.ALL).counts().noLimit()).isEqualTo(1);
    }

    @Test
    void eachCallerSeesTheKabKotaAndProgrammesOfItsScope() {
        Three t = threeLebakKpm();
        clock.setDate(LocalDate.of(2025, 6, 1));
        long serang = serangFamily(registration);
        kpm(t.programme(), serang, LocalDate.of(2025, 6, 2), SERANG_MAKER, SERANG_CHECKER);
        String code = t.programme().code();

        assertThat(as(STEWARD, () -> membership.summary(code)).perKabKota()).extracting(ClockCounts::kabKotaCode,
                ClockCounts::kpm).containsExactly(tuple("36.02", 3L), tuple("36.73", 1L));
        assertThat(as(STEWARD, () -> membership.summary(code)).total().kpm()).isEqualTo(4);
        assertThat(as(SERANG_CHECKER, () -> membership.summary(code)).perKabKota()).extracting(ClockCounts::kabKotaCode)
                .containsExactly("36.73");
        assertThat(as(PIMPINAN, () -> membership.summary(code)).total().kpm()).isEqualTo(4);   // counts only
        assertThatThrownBy(() -> as(PIMPINAN, () -> membership.page(code, "36.02", ClockWindow.ALL, null, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(SERANG_CHECKER, () -> membership.page(code, "36.02", ClockWindow.ALL, null, 10)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(DINKES_OPD, () -> membership.summary(code))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theExportWritesEveryKpmOfTheListAndIsAudited() {
        Three t = threeLebakKpm();
        clock.setDate(LocalDate.of(2028, 9, 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = as(CHECKER, () -> membership.exportCsv(t.programme().code(), "36.02", ClockWindow.ALL, out,
                Locale.forLanguageTag("id")));
        assertThat(written).isEqualTo(3);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFFNo. KK,Kab/kota,Desa/kelurahan,Mulai,Hari terakhir,Batas waktu,");
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).startsWith(t.common().noKk() + ",36.02,").endsWith(",2023-02-28,2028-02-27,2028-02-28,-6,-2,-186,Lewat batas");
        assertThat(lines[2]).endsWith(",2024-02-29,2029-02-28,2029-03-01,6,0,181,Kurang dari 6 bulan");
        assertThat(trail.history(EntityRef.of("ENROLMENT_LIST", t.programme().code() + ":36.02")))
                .extracting(AuditEntry::action).containsExactly(AuditAction.READ);
    }

    @Test
    void thePagesTheApiAndTheDownloadShowTheClock() throws Exception {
        Three t = threeLebakKpm();
        clock.setDate(LocalDate.of(2028, 9, 1));
        String code = t.programme().code();
        String page = mvc.perform(get("/enrolments/" + code + "/36.02/clock").with(authentication(CHECKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Masa kepesertaan " + code + " — Kabupaten Lebak", "lewat 186 hari", "6 bulan 0 hari",
                "Kurang dari 6 bulan", "id=\"count-within6\">1<", "clock.csv?window=ALL");
        String english = mvc.perform(get("/enrolments/" + code + "/36.02/clock?window=OVERDUE&lang=en")
                        .with(authentication(CHECKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("186 days past the limit", "Past the limit").doesNotContain("6 months 0 days");
        assertThat(mvc.perform(get("/enrolments/" + code + "/clock").with(authentication(PIMPINAN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("id=\"clock-36.02\"", "/enrolments/" + code + "/36.02/clock?window=OVERDUE");
        mvc.perform(get("/enrolments/" + code + "/36.02/clock").with(authentication(SERANG_CHECKER)))
                .andExpect(status().isNotFound());
        String csv = mvc.perform(get("/enrolments/" + code + "/36.02/clock.csv?window=WITHIN_6_MONTHS")
                        .with(authentication(CHECKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(2);
        // a refused download answers as the error page, not as a file holding it
        mvc.perform(get("/enrolments/" + code + "/36.02/clock.csv").with(authentication(SERANG_CHECKER)))
                .andExpect(status().isNotFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .doesNotExist("Content-Disposition"));

        mvc.perform(get("/api/v1/programmes/" + code + "/clock").with(authentication(CHECKER)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.overdue").value(1))
                .andExpect(jsonPath("$.perKabKota[0].within6Months").value(1));
        mvc.perform(get("/api/v1/programmes/" + code + "/clock?kabKota=36.02&window=WITHIN_12_MONTHS")
                        .with(authentication(CHECKER)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].plannedEnd").value("2029-02-28"))
                .andExpect(jsonPath("$.items[0].limitDate").value("2029-03-01"))
                .andExpect(jsonPath("$.items[0].band").value("UNDER_6_MONTHS"));
        mvc.perform(get("/api/v1/programmes/" + code + "/clock?kabKota=36.02&after=x").with(authentication(CHECKER))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("CLOCK_CURSOR_INVALID"));
        String apiCsv = mvc.perform(get("/api/v1/programmes/" + code + "/clock.csv?kabKota=36.02&window=OVERDUE&lang=en")
                        .with(authentication(CHECKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(apiCsv).contains("Past the limit");
    }
}
