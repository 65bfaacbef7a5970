package id.jaring.enrollment;

import static id.jaring.enrollment.ExitFixtures.*;
import static id.jaring.program.ProgramFixtures.as;
import static id.jaring.program.ProgramFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import id.jaring.audit.AuditTrail;
import id.jaring.audit.EntityRef;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.TableExport;
import id.jaring.program.ProgramFixtures;
import id.jaring.program.Programme;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import id.jaring.registry.HouseholdRegistration;

/**
 * Graduation reports on a hand-built history with known answers: seven enrolments of one programme in
 * Lebak and Kota Serang (four kinds of end, two still KPM), MANDIRI proposals of two pendamping,
 * desil at entry, at graduation and now. Exact counts, averages, cohorts, scope, PIMPINAN, CSV, the
 * fall-back flag, the pages and the API, CSV and XLSX; and the desil kept by a real exit approval.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GraduationReportTests {

    static final Authentication PIMPINAN = user(8901, Role.PIMPINAN, null, null);
    static final Authentication SERANG_OPERATOR = user(8902, Role.OPERATOR_KABKOTA, null, "36.73");

    @Autowired GraduationReports reports;
    @Autowired Programmes programmes;
    @Autowired Quotas quotas;
    @Autowired EnrolmentProposals proposals;
    @Autowired EnrolmentExits exits;
    @Autowired Enrolments enrolments;
    @Autowired HouseholdRegistration registration;
    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    record History(Programme programme, long household, String pendamping) {
    }

    /**
     * Households {@code base + n}: n, kab/kota, start, end, kind, desil at entry, at graduation.
     * 1 Lebak 2021-03-01..2024-03-01 MANDIRI (1096 days), 2 Lebak 2021-06-01..2026-06-01 BATAS_WAKTU (1826),
     * 3 Lebak 2022-01-01..2024-07-01 MANDIRI (912), 4 Serang 2021-01-15..2023-01-15 MENINGGAL (730),
     * 5 Serang 2022-05-01..2025-05-01 ALAMIAH (1096, desil at graduation unknown), 6 Lebak from 2022-02-01,
     * 7 Serang from 2021-07-01.
     */
    History history() {
        Programme p = ProgramFixtures.programmeWithQuotas(programmes, quotas, "36.02", 10, "36.73", 10);
        long base = 9_000_000_000L + (UUID.randomUUID().getMostSignificantBits() & 0xFFFFFFFL) * 10;
        jdbc.sql("""
                insert into enrolment (programme_id, household_id, no_kk, kabkota_code, desa_code, status, proposed_by_id,
                    proposed_by, proposed_at, decided_by_id, decided_by, decided_at, start_date, end_date, exit_kind,
                    slot_no, evidence, eligibility_result, desil_at_end, updated_at)
                select :p, :base + v.n, lpad((:base + v.n)::text, 16, '0'), v.kab, v.desa, v.status, 2, 'maker', now(), 1,
                       'checker', now(), v.start_date::date, v.end_date::date, v.kind, v.n, '{}'::jsonb,
                       jsonb_build_object('desil', v.entry), v.at_end, now()
                from (values (1, '36.02', :lebak, 'SELESAI', '2021-03-01', '2024-03-01', 'MANDIRI', 1, 4),
                             (2, '36.02', :lebak, 'SELESAI', '2021-06-01', '2026-06-01', 'BATAS_WAKTU', 2, 3),
                             (3, '36.02', :lebak, 'SELESAI', '2022-01-01', '2024-07-01', 'MANDIRI', 1, 5),
                             (4, '36.73', :serang, 'SELESAI', '2021-01-15', '2023-01-15', 'MENINGGAL', 2, null),
                             (5, '36.73', :serang, 'SELESAI', '2022-05-01', '2025-05-01', 'ALAMIAH', 3, null),
                             (6, '36.02', :lebak, 'AKTIF', '2022-02-01', null, null, 1, null),
                             (7, '36.73', :serang, 'AKTIF', '2021-07-01', null, null, 2, null))
                     as v (n, kab, desa, status, start_date, end_date, kind, entry, at_end)
                """).param("p", p.id()).param("base", base).param("lebak", DESA)
                .param("serang", ProgramFixtures.SERANG_DESA).update();
        String pendamping = "pd" + Long.toString(base, 36);
        // MANDIRI proposals: A approved (1), rejected (6), open (7), and the family's declaration on 2
        // (not a pendamping's); B approved (3)
        jdbc.sql("""
                insert into enrolment_exit (enrolment_id, programme_id, household_id, kabkota_code, desa_code, kind, status,
                    source, reason, proposed_by_id, proposed_by, proposed_at, verified_by_id, verified_by, verified_at,
                    decided_by_id, decided_by, decided_at, exit_date, evidence, updated_at)
                select e.id, e.programme_id, e.household_id, e.kabkota_code, e.desa_code, 'MANDIRI', v.status, v.source,
                       'mandiri', 3, :pd || v.who, now(), case when v.status <> 'DIUSULKAN' then 4 end,
                       case when v.status <> 'DIUSULKAN' then 'verifier' end,
                       case when v.status <> 'DIUSULKAN' then now() end,
                       case when v.status in ('DISETUJUI', 'DITOLAK') then 5 end,
                       case when v.status in ('DISETUJUI', 'DITOLAK') then 'owner' end,
                       case when v.status in ('DISETUJUI', 'DITOLAK') then now() end,
                       case when v.status = 'DISETUJUI' then e.end_date end, '{}'::jsonb, now()
                from (values (1, 'a', 'DISETUJUI', 'PENGGUNA'), (6, 'a', 'DITOLAK', 'PENGGUNA'),
                             (7, 'a', 'DIVERIFIKASI', 'PENGGUNA'), (2, 'a', 'DITOLAK', 'PERNYATAAN_KELUARGA'),
                             (3, 'b', 'DISETUJUI', 'PENGGUNA'))
                     as v (n, who, status, source)
                join enrolment e on e.programme_id = :p and e.household_id = :base + v.n
                """).param("p", p.id()).param("base", base).param("pd", pendamping).update();
        return new History(p, base, pendamping);
    }

    /** Desil now of households base + n (pairs n, desil); the others stay unranked. */
    void rankNow(long base, int... nAndDesil) {
        for (int i = 0; i < nAndDesil.length; i += 2) {
            jdbc.sql("""
                    insert into household_rank (household_id, kabkota_code, score, desil, weights_version, computed_at)
                    values (:h, '36.02', 10, :d, 1, now())
                    """).param("h", base + nAndDesil[i]).param("d", nAndDesil[i + 1]).update();
        }
    }

    static List<Object> row(Object... values) {
        return List.of(values);
    }

    ReportTable table(Authentication who, GraduationReport report, String programme) {
        return as(who, () -> reports.table(report, programme));
    }

    @Test
    void theTablesGiveTheKnownCountsAveragesAndCohorts() {
        History h = history();
        rankNow(h.household(), 1, 2, 2, 3, 5, 2, 4, 1);
        String p = h.programme().code();

        assertThat(table(STEWARD, GraduationReport.KIND, p).rows()).containsExactly(
                row(p, "ALAMIAH", 1L), row(p, "BATAS_WAKTU", 1L), row(p, "MANDIRI", 2L), row(p, "MENINGGAL", 1L));
        assertThat(table(STEWARD, GraduationReport.KABKOTA, p).rows()).containsExactly(
                row(p, "36.02", 2L, 0L, 1L, 0L, 3L), row(p, "36.73", 0L, 1L, 0L, 1L, 2L));
        assertThat(table(STEWARD, GraduationReport.YEAR, p).rows()).containsExactly(
                row(p, 2023, 0L, 0L, 0L, 1L, 1L), row(p, 2024, 2L, 0L, 0L, 0L, 2L),
                row(p, 2025, 0L, 1L, 0L, 0L, 1L), row(p, 2026, 0L, 0L, 1L, 0L, 1L));
        assertThat(table(STEWARD, GraduationReport.PENDAMPING, p).rows()).containsExactly(
                row(p, h.pendamping() + "a", 3L, 1L, 1L, 1L), row(p, h.pendamping() + "b", 1L, 1L, 0L, 0L));
        assertThat(table(STEWARD, GraduationReport.DURATION, p).rows()).containsExactly(
                row(p, "ALAMIAH", 1L, new BigDecimal("1096.0"), new BigDecimal("3.00"), 1096, 1096),
                row(p, "BATAS_WAKTU", 1L, new BigDecimal("1826.0"), new BigDecimal("5.00"), 1826, 1826),
                row(p, "MANDIRI", 2L, new BigDecimal("1004.0"), new BigDecimal("2.75"), 912, 1096),
                row(p, "MENINGGAL", 1L, new BigDecimal("730.0"), new BigDecimal("2.00"), 730, 730));
        assertThat(table(STEWARD, GraduationReport.COHORT, p).rows()).containsExactly(
                row(p, 2021, 4L, 1L, 0L, 1L, 1L, 1L), row(p, 2022, 3L, 1L, 1L, 0L, 0L, 1L));
        // graduated, desil at graduation known, ranked now, fell back: 1 (2 < 4 at graduation), not 2
        // (3, entry 2, graduation 3), 3 unranked; 5 (2 <= 3 at entry; graduation unknown); 4 died
        assertThat(table(STEWARD, GraduationReport.FOLLOW_UP, p).rows()).containsExactly(
                row(p, "36.02", 3L, 3L, 2L, 1L), row(p, "36.73", 1L, 0L, 1L, 1L));
        assertThat(as(STEWARD, () -> reports.all(p))).extracting(ReportTable::report)
                .containsExactly(GraduationReport.values());
    }

    @Test
    void reportsAreScopedToTheRegionAndTheAgencyAndOpenToPimpinanAsCounts() {
        History h = history();
        String p = h.programme().code();
        assertThat(table(SERANG_OPERATOR, GraduationReport.KABKOTA, p).rows())
                .containsExactly(row(p, "36.73", 0L, 1L, 0L, 1L, 2L));
        assertThat(table(SERANG_OPERATOR, GraduationReport.COHORT, p).rows())
                .containsExactly(row(p, 2021, 2L, 0L, 0L, 0L, 1L, 1L), row(p, 2022, 1L, 0L, 1L, 0L, 0L, 0L));
        assertThat(table(OWNER, GraduationReport.KIND, p).rows()).hasSize(4);   // DINSOS owns it
        assertThatThrownBy(() -> table(OTHER_AGENCY, GraduationReport.KIND, p)).isInstanceOf(NotFoundException.class);
        assertThat(table(OTHER_AGENCY, GraduationReport.COHORT, null).rows()).noneMatch(r -> r.get(0).equals(p));
        assertThat(table(STEWARD, GraduationReport.COHORT, null).rows()).anyMatch(r -> r.get(0).equals(p));

        assertThat(table(PIMPINAN, GraduationReport.KABKOTA, p).rows()).hasSize(2);
        assertThatThrownBy(() -> as(PIMPINAN, () -> reports.followUp(p, "36.02", false, null, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(SERANG_OPERATOR, () -> reports.followUp(p, "36.02", false, null, 10)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theFollowUpListsGraduatedFamiliesWithTheirDesilThenAndNowAndIsAudited() {
        History h = history();
        rankNow(h.household(), 1, 2, 2, 3, 5, 2);
        String p = h.programme().code();
        FollowUpPage lebak = as(STEWARD, () -> reports.followUp(p, "36.02", false, null, 2));
        assertThat(lebak.items()).extracting(FollowUpFamily::householdId)
                .containsExactly(h.household() + 3, h.household() + 2);
        FollowUpFamily third = lebak.items().get(0);
        assertThat(List.of(third.desilAtEntry(), third.desilAtEnd())).containsExactly(1, 5);
        assertThat(third.desilNow()).isNull();
        assertThat(third.kembaliMiskin()).isFalse();
        assertThat(lebak.items().get(1).kembaliMiskin()).isFalse();
        FollowUpPage rest = as(STEWARD, () -> reports.followUp(p, "36.02", false, lebak.nextAfter(), 2));
        assertThat(rest.items()).singleElement().satisfies(f -> {
            assertThat(f.householdId()).isEqualTo(h.household() + 1);
            assertThat(List.of(f.desilAtEntry(), f.desilAtEnd(), f.desilNow())).containsExactly(1, 4, 2);
            assertThat(f.kembaliMiskin()).isTrue();
            assertThat(f.kind()).isEqualTo(ExitKind.MANDIRI);
            assertThat(f.endDate()).isEqualTo(LocalDate.of(2024, 3, 1));
        });
        assertThat(rest.nextAfter()).isNull();
        assertThat(as(STEWARD, () -> reports.followUp(p, "36.73", true, null, 10)).items())
                .extracting(FollowUpFamily::householdId).containsExactly(h.household() + 5);
        assertThat(trail.history(EntityRef.of("GRADUATION_FOLLOW_UP", p + ":36.02"))).hasSize(2);
    }

    @Test
    void eachTableExportsAsCsvWithHeadersInTheUsersLanguage() {
        History h = history();
        String p = h.programme().code();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        as(STEWARD, () -> {
            reports.export(reports.table(GraduationReport.KABKOTA, p), TableExport.Format.CSV, out, Locale.ENGLISH);
            return null;
        });
        assertThat(out.toString(StandardCharsets.UTF_8).split("\r\n")).containsExactly(
                "\uFEFFProgramme,Kab/kota,Self-sufficient,Natural,Time limit,Other exits,Total",
                p + ",36.02,2,0,1,0,3", p + ",36.73,0,1,0,1,2");
        ByteArrayOutputStream id = new ByteArrayOutputStream();
        as(PIMPINAN, () -> {
            reports.export(reports.table(GraduationReport.DURATION, p), TableExport.Format.CSV, id,
                    Locale.forLanguageTag("id"));
            return null;
        });
        assertThat(id.toString(StandardCharsets.UTF_8).split("\r\n")).contains(
                "\uFEFFProgram,Jenis,Keluarga,Rata-rata (hari),Rata-rata (tahun),Terpendek (hari),Terpanjang (hari)",
                p + ",MANDIRI,2,1004.0,2.75,912,1096");
    }

    @Test
    void theXlsxExportHoldsTheSameTableWithNumericCells() throws Exception {
        History h = history();
        String p = h.programme().code();
        byte[] xlsx = mvc.perform(get("/api/v1/graduation/reports/COHORT/export.xlsx?programme=" + p + "&lang=en")
                        .with(authentication(PIMPINAN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("COHORT");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Start year");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(p);
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2021);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(4);
            assertThat(sheet.getRow(2).getCell(7).getNumericCellValue()).isEqualTo(1);
        }
    }

    @Test
    void thePagesAndTheApiShowTheReports() throws Exception {
        History h = history();
        rankNow(h.household(), 1, 2);
        String p = h.programme().code();
        String page = mvc.perform(get("/graduation/reports?programme=" + p).with(authentication(PIMPINAN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Laporan graduasi", "id=\"report-COHORT\"", "Kohort per tahun mulai", "Graduasi mandiri",
                "/graduation/reports/KABKOTA/export.csv?programme=" + p, "/graduation/reports/KABKOTA/export.xlsx?programme=" + p)
                .doesNotContain("/graduation/reports/follow-up/");
        String english = mvc.perform(get("/graduation/reports?programme=" + p + "&lang=en").with(authentication(STEWARD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Cohorts by start year", "/graduation/reports/follow-up/" + p + "/36.02");
        String followUp = mvc.perform(get("/graduation/reports/follow-up/" + p + "/36.02").with(authentication(STEWARD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(followUp).contains("id=\"follow-up-", "Kabupaten Lebak", ">ya<", ">tidak<");
        mvc.perform(get("/graduation/reports/follow-up/" + p + "/36.02").with(authentication(PIMPINAN)))
                .andExpect(status().isForbidden());
        String csv = mvc.perform(get("/graduation/reports/YEAR/export.csv?programme=" + p).with(authentication(PIMPINAN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(5);

        mvc.perform(get("/api/v1/graduation/reports/COHORT?programme=" + p).with(authentication(PIMPINAN))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.report").value("COHORT"))
                .andExpect(jsonPath("$.rows[0][2]").value(4));
        mvc.perform(get("/api/v1/graduation/reports?programme=" + p).with(authentication(STEWARD))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(GraduationReport.values().length));
        mvc.perform(get("/api/v1/graduation/follow-up?programme=" + p + "&kabKota=36.02&fellBackOnly=true")
                        .with(authentication(STEWARD)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].kembaliMiskin").value(true));
        mvc.perform(get("/api/v1/graduation/reports/KIND?programme=" + p).with(authentication(OTHER_AGENCY))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound());
    }

    @Test
    void anApprovedExitKeepsTheFamilysDesilOfThatDay() {
        Programme p = ProgramFixtures.programmeWithQuotas(programmes, quotas, "36.02", 2);
        long family = family(registration);
        rank(jdbc, family, 3, "12.5");
        Enrolment kpm = kpm(proposals, p.code(), family);
        EnrolmentExit x = as(VERIFIER, () -> exits.propose(kpm.id(), new ProposeExit(ExitKind.MENINGGAL, "meninggal", false)));
        as(OWNER, () -> exits.approve(x.id()));
        assertThat(jdbc.sql("select desil_at_end from enrolment where id = :id").param("id", kpm.id())
                .query(Integer.class).single()).isEqualTo(3);
    }
}
