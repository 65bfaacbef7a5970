package id.jaring.reporting;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.platform.TableExport;
import id.jaring.program.Programme;

/**
 * How well a programme reaches the families its rule selects, per kab/kota of the caller's region:
 * eligible, served (AKTIF enrolment), both, exclusion (eligible, not served) and inclusion error
 * (served, not eligible), with their rates. One SQL statement; counts only, so every role that logs
 * in may see it (leadership included) and it is not audited. A programme without a rule in force
 * gets its served counts only.
 */
@Service
public class CoverageReport {

    private final ReportGuard guard;
    private final CoverageBases bases;
    private final ReportText text;
    private final JdbcClient jdbc;

    CoverageReport(ReportGuard guard, CoverageBases bases, ReportText text, JdbcClient jdbc) {
        this.guard = guard;
        this.bases = bases;
        this.text = text;
        this.jdbc = jdbc;
    }

    /** The programmes the caller may report on (an agency operator: its agency's). */
    @Transactional(readOnly = true)
    public List<Programme> programmes() {
        return guard.programmes(guard.reader());
    }

    /** True when the caller may list the families behind the counts. */
    public boolean mayListFamilies() {
        return ReportGuard.mayList(guard.reader());
    }

    /** @throws id.jaring.platform.NotFoundException when the programme is unknown or out of the caller's reach */
    @Transactional(readOnly = true)
    public ProgrammeCoverage of(String programmeCode) {
        CoverageBasis basis = bases.of(guard.reader(), programmeCode);
        List<KabKotaCoverage> rows = jdbc.sql(CoverageSql.summary(basis)).params(basis.params())
                .query((rs, n) -> KabKotaCoverage.of(rs.getString(1), guard.regionName(rs.getString(1)),
                        basis.hasRule(), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
        Programme p = basis.programme();
        return new ProgrammeCoverage(p.code(), p.name(), basis.hasRule() ? basis.rule().version() : null,
                basis.hasRule() ? basis.rule().text() : null, basis.asOf(), rows,
                KabKotaCoverage.total(null, basis.hasRule(), rows));
    }

    /** The counts per kab/kota and their total as CSV or XLSX. */
    public void export(ProgrammeCoverage coverage, TableExport.Format format, OutputStream out, Locale locale) {
        try (TableExport table = TableExport.open(format, coverage.programmeCode(), out, text.columns(locale,
                "kabKotaCode", "kabKota", "eligible", "served", "eligibleServed", "exclusion", "inclusionError",
                "exclusionRate", "inclusionErrorRate"))) {
            coverage.rows().forEach(r -> row(table, r, r.kabKotaName()));
            row(table, coverage.total(), text.text("report.total", locale));
        }
    }

    private static void row(TableExport table, KabKotaCoverage r, String name) {
        table.row(r.kabKotaCode(), name, r.eligible(), r.served(), r.eligibleServed(), r.exclusion(),
                r.inclusionError(), r.exclusionRate(), r.inclusionErrorRate());
    }
}
