package id.jaring.reporting;

import static id.jaring.program.ProgramFixtures.STEWARD;
import static id.jaring.program.ProgramFixtures.as;
import static id.jaring.program.ProgramFixtures.user;
import static id.jaring.reporting.IntegrationRegistry.KOTA_SERANG;
import static id.jaring.reporting.IntegrationRegistry.LEBAK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

import id.jaring.access.Role;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.TableExport;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;

/**
 * The inclusion/exclusion report on a small hand-built registry with known answers
 * ({@link IntegrationRegistry}): the families of each category, the counts per kab/kota, the
 * complementarity, scope, roles, exports and audit.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntegrationReportTests {

    static final Authentication LEBAK_OPERATOR = user(8411, Role.OPERATOR_KABKOTA, null, LEBAK);
    static final Authentication LEADER = user(8412, Role.PIMPINAN, null, null);
    static final Authentication DINKES_OPD = user(8413, Role.OPERATOR_OPD, "DINKES", null);

    @Autowired CoverageReport coverage;
    @Autowired CoverageFamilies families;
    @Autowired ComplementarityReport complementarity;
    @Autowired ApplicationContext beans;
    @Autowired JdbcClient jdbc;

    IntegrationRegistry r;

    @BeforeAll
    void buildRegistry() {
        r = new IntegrationRegistry(beans, 8401);
    }

    List<Long> ids(Authentication who, String programme, CoverageCategory category, String kabKota) {
        return as(who, () -> families.page(programme, category, kabKota, null, 100)).items().stream()
                .map(CoverageFamily::householdId).toList();
    }

    @Test
    void listsExactlyTheExcludedAndWronglyIncludedFamiliesOfEachProgramme() {
        assertThat(ids(STEWARD, r.a.code(), CoverageCategory.EXCLUSION, null)).containsExactly(r.l2, r.s2);
        assertThat(ids(STEWARD, r.a.code(), CoverageCategory.INCLUSION_ERROR, null)).containsExactly(r.l4, r.s3);
        assertThat(ids(STEWARD, r.b.code(), CoverageCategory.EXCLUSION, null)).containsExactly(r.l3);
        assertThat(ids(STEWARD, r.b.code(), CoverageCategory.INCLUSION_ERROR, null)).containsExactly(r.s3);
        assertThat(ids(STEWARD, r.a.code(), CoverageCategory.EXCLUSION, KOTA_SERANG)).containsExactly(r.s2);

        CoverageFamily moved = as(STEWARD, () -> families.page(r.a.code(), CoverageCategory.INCLUSION_ERROR,
                KOTA_SERANG, null, 10)).items().get(0);
        assertThat(moved.householdId()).isEqualTo(r.s3);
        assertThat(moved.householdStatus()).isEqualTo("PINDAH");
        assertThat(moved.noKk()).isEqualTo(r.noKk(r.s3));
        assertThat(moved.kabKotaCode()).isEqualTo(KOTA_SERANG);
        assertThat(moved.kabKotaName()).isEqualTo("Kota Serang");
        assertThat(moved.desaCode()).isEqualTo(id.jaring.program.ProgramFixtures.SERANG_DESA);
        assertThat(moved.enrolmentId()).isNotNull();
        CoverageFamily excluded = as(STEWARD, () -> families.page(r.a.code(), CoverageCategory.EXCLUSION, LEBAK,
                null, 10)).items().get(0);
        assertThat(excluded.enrolmentId()).isNull();
        assertThat(excluded.householdStatus()).isEqualTo("AKTIF");
    }

    @Test
    void pagesByHouseholdId() {
        CoverageFamilyPage first = as(STEWARD, () -> families.page(r.a.code(), CoverageCategory.EXCLUSION, null, null, 1));
        assertThat(first.items()).extracting(CoverageFamily::householdId).containsExactly(r.l2);
        assertThat(first.nextAfter()).isEqualTo(r.l2);
        assertThat(first.ruleVersion()).isEqualTo(1);
        CoverageFamilyPage second = as(STEWARD, () -> families.page(r.a.code(), CoverageCategory.EXCLUSION, null,
                first.nextAfter(), 1));
        assertThat(second.items()).extracting(CoverageFamily::householdId).containsExactly(r.s2);
        assertThat(second.last()).isTrue();
    }

    @Test
    void countsPerKabKotaWithRates() {
        ProgrammeCoverage a = as(STEWARD, () -> coverage.of(r.a.code()));
        assertThat(a.ruleVersion()).isEqualTo(1);
        assertThat(a.rows()).extracting(KabKotaCoverage::kabKotaCode, KabKotaCoverage::kabKotaName,
                KabKotaCoverage::eligible, KabKotaCoverage::served, KabKotaCoverage::eligibleServed,
                KabKotaCoverage::exclusion, KabKotaCoverage::inclusionError)
                .containsExactly(tuple(LEBAK, "Kabupaten Lebak", 3L, 3L, 2L, 1L, 1L),
                        tuple(KOTA_SERANG, "Kota Serang", 2L, 2L, 1L, 1L, 1L));
        assertThat(a.rows().get(0).exclusionRate()).isEqualByComparingTo("33.3");
        assertThat(a.rows().get(1).inclusionErrorRate()).isEqualByComparingTo("50.0");
        assertThat(a.total()).extracting(KabKotaCoverage::eligible, KabKotaCoverage::served,
                KabKotaCoverage::eligibleServed, KabKotaCoverage::exclusion, KabKotaCoverage::inclusionError)
                .containsExactly(5L, 5L, 3L, 2L, 2L);
        assertThat(a.total().exclusionRate()).isEqualByComparingTo("40.0");

        ProgrammeCoverage b = as(STEWARD, () -> coverage.of(r.b.code()));
        assertThat(b.rows()).extracting(KabKotaCoverage::kabKotaCode, KabKotaCoverage::eligible,
                KabKotaCoverage::served, KabKotaCoverage::exclusion, KabKotaCoverage::inclusionError)
                .containsExactly(tuple(LEBAK, 2L, 1L, 1L, 0L), tuple(KOTA_SERANG, 1L, 2L, 0L, 1L));
        assertThat(b.rows().get(0).inclusionErrorRate()).isEqualByComparingTo("0.0");
    }

    @Test
    void aProgrammeWithoutARuleShowsItsServedFamiliesOnly() {
        ProgrammeCoverage c = as(STEWARD, () -> coverage.of(r.c.code()));
        assertThat(c.hasRule()).isFalse();
        assertThat(c.rows()).singleElement().satisfies(row -> {
            assertThat(row.kabKotaCode()).isEqualTo(LEBAK);
            assertThat(row.served()).isEqualTo(1);
            assertThat(row.eligible()).isNull();
            assertThat(row.exclusion()).isNull();
            assertThat(row.inclusionError()).isNull();
            assertThat(row.exclusionRate()).isNull();
        });
        assertThatThrownBy(() -> as(STEWARD, () -> families.page(r.c.code(), CoverageCategory.EXCLUSION, null, null, 10)))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly(CoverageFamilies.NO_RULE));
    }

    @Test
    void complementarityCountsFamiliesInSeveralProgrammesAndTheirCombinations() {
        Set<String> abc = Set.of(r.a.code(), r.b.code(), r.c.code());
        Complementarity x = as(STEWARD, () -> complementarity.of(abc));
        assertThat(x.kabKota()).extracting(Complementarity.KabKota::kabKotaCode, Complementarity.KabKota::served,
                Complementarity.KabKota::several)
                .containsExactly(tuple(LEBAK, 3L, 1L), tuple(KOTA_SERANG, 2L, 2L));
        assertThat(x.kabKota().get(0).severalShare()).isEqualByComparingTo("33.3");
        assertThat(x.total().several()).isEqualTo(3);
        assertThat(x.combinations()).extracting(Complementarity.Combination::programmeCodes,
                Complementarity.Combination::families)
                .containsExactly(tuple(sorted(r.a.code(), r.b.code()), 2L),
                        tuple(sorted(r.a.code(), r.b.code(), r.c.code()), 1L));
        assertThat(x.combinationsByKabKota()).extracting(Complementarity.Combination::kabKotaCode,
                Complementarity.Combination::programmeCodes, Complementarity.Combination::families)
                .containsExactly(tuple(LEBAK, sorted(r.a.code(), r.b.code(), r.c.code()), 1L),
                        tuple(KOTA_SERANG, sorted(r.a.code(), r.b.code()), 2L));
        assertThat(x.programmeCodes()).containsExactlyElementsOf(sorted(r.a.code(), r.b.code(), r.c.code()));

        // A and C alone: only l1 has both
        Complementarity ac = as(STEWARD, () -> complementarity.of(List.of(r.a.code(), r.c.code())));
        assertThat(ac.combinations()).extracting(Complementarity.Combination::families).containsExactly(1L);
        assertThat(ac.total().served()).isEqualTo(5);
        assertThatThrownBy(() -> as(STEWARD, () -> complementarity.of(List.of("TIDAK_ADA_PROGRAM"))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aLebakOperatorSeesNoKotaSerangFamily() {
        ProgrammeCoverage a = as(LEBAK_OPERATOR, () -> coverage.of(r.a.code()));
        assertThat(a.rows()).extracting(KabKotaCoverage::kabKotaCode).containsExactly(LEBAK);
        assertThat(a.total().eligible()).isEqualTo(3);
        assertThat(ids(LEBAK_OPERATOR, r.a.code(), CoverageCategory.EXCLUSION, null)).containsExactly(r.l2);
        assertThat(ids(LEBAK_OPERATOR, r.a.code(), CoverageCategory.INCLUSION_ERROR, null)).containsExactly(r.l4);
        assertThatThrownBy(() -> ids(LEBAK_OPERATOR, r.a.code(), CoverageCategory.EXCLUSION, KOTA_SERANG))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(LEBAK_OPERATOR, () -> complementarity.of(Set.of(r.a.code(), r.b.code()))).kabKota())
                .extracting(Complementarity.KabKota::kabKotaCode).containsExactly(LEBAK);
        String csv = csv(LEBAK_OPERATOR, r.a.code(), CoverageCategory.INCLUSION_ERROR, null);
        assertThat(csv).contains(r.noKk(r.l4)).doesNotContain(r.noKk(r.s3));
    }

    @Test
    void leadershipSeesCountsButNoFamilies() {
        assertThat(as(LEADER, () -> coverage.of(r.a.code())).total().exclusion()).isEqualTo(2);
        assertThat(as(LEADER, () -> coverage.mayListFamilies())).isFalse();
        assertThatThrownBy(() -> ids(LEADER, r.a.code(), CoverageCategory.EXCLUSION, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(LEADER, () -> families.export(r.a.code(), CoverageCategory.EXCLUSION, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAgencyOperatorReachesItsOwnAgencysProgrammesOnly() {
        assertThatThrownBy(() -> as(DINKES_OPD, () -> coverage.of(r.a.code()))).isInstanceOf(NotFoundException.class);
        assertThat(as(DINKES_OPD, () -> coverage.programmes())).allMatch(p -> p.ownerAgency().equals("DINKES"));
    }

    @Test
    void exportsTheWholeListAsCsvAndXlsx() throws IOException {
        String csv = csv(STEWARD, r.a.code(), CoverageCategory.EXCLUSION, null);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFNo. KK,Kode kab/kota,Kab/kota,Kode desa/kelurahan,Desa/kelurahan,");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith(r.noKk(r.l2) + "," + LEBAK + ",Kabupaten Lebak," + id.jaring.program.ProgramFixtures.LEBAK_DESA + ",");
        assertThat(lines.get(2)).startsWith(r.noKk(r.s2) + "," + KOTA_SERANG + ",Kota Serang,");
        assertThat(lines.get(2)).contains(",AKTIF,");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = as(STEWARD, () -> families.export(r.a.code(), CoverageCategory.INCLUSION_ERROR, null)
                .writeTo(TableExport.Format.XLSX, out, Locale.ENGLISH));
        assertThat(written).isEqualTo(2);
        List<List<String>> rows = xlsx(out.toByteArray());
        assertThat(rows.get(0)).startsWith("No. KK", "Kab/kota code", "Kab/kota");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).startsWith(r.noKk(r.l4), LEBAK);
        assertThat(rows.get(2)).startsWith(r.noKk(r.s3), KOTA_SERANG);
        assertThat(rows.get(2)).contains("PINDAH");

        ByteArrayOutputStream summary = new ByteArrayOutputStream();
        as(STEWARD, () -> {
            coverage.export(coverage.of(r.a.code()), TableExport.Format.XLSX, summary, Locale.ENGLISH);
            return null;
        });
        List<List<String>> sums = xlsx(summary.toByteArray());
        assertThat(sums.get(1)).containsExactly(LEBAK, "Kabupaten Lebak", "3", "3", "2", "1", "1", "33.3", "33.3");
        assertThat(sums.get(3)).containsExactly("", "Total", "5", "5", "3", "2", "2", "40", "40");
    }

    @Test
    void everyListPageAndExportIsOneAuditedReadWithTheCountAndNoPersonalData() {
        String entity = r.b.code() + ":EXCLUSION";
        long before = jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
        as(STEWARD, () -> families.page(r.b.code(), CoverageCategory.EXCLUSION, null, null, 10));
        csv(LEBAK_OPERATOR, r.b.code(), CoverageCategory.EXCLUSION, LEBAK);
        List<List<String>> events = jdbc.sql("""
                select actor, action, coalesce(kabkota_code, ''), detail from audit_event
                where entity_type = 'COVERAGE_REPORT' and entity_id = :id and id > :before order by id
                """).param("id", entity).param("before", before)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
        assertThat(events).containsExactly(
                List.of("test-data_steward", "READ", "", "EXCLUSION list page: 1 families"),
                List.of("user8411", "READ", LEBAK, "EXCLUSION export CSV: 1 families"));
        assertThat(events.toString()).doesNotContain(r.noKk(r.l3));
    }

    private String csv(Authentication who, String programme, CoverageCategory category, String kabKota) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        as(who, () -> families.export(programme, category, kabKota).writeTo(TableExport.Format.CSV, out,
                Locale.forLanguageTag("id")));
        return out.toString(StandardCharsets.UTF_8);
    }

    static List<List<String>> xlsx(byte[] file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    cells.add(row.getCell(i) == null ? "" : format.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    static List<String> sorted(String... codes) {
        return java.util.Arrays.stream(codes).sorted().toList();
    }
}
