package id.jaring.reporting;

import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import id.jaring.access.CurrentUser;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.platform.TableExport;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;

/**
 * The families behind a coverage count: the exclusions or the inclusion errors of a programme, in
 * the caller's region, optionally in one kab/kota, in household id order; a page for screens and the
 * API, the whole list streamed as CSV or XLSX. Family-level data only (No. KK, region, status,
 * desil, score), but still a read of personal data: needs a role that reads persons (not PIMPINAN,
 * 403), and each page and each export is one READ event in the audit trail (entity
 * COVERAGE_REPORT {@code <programme>:<category>}) with the number of families, nothing else.
 */
@Service
public class CoverageFamilies {

    public static final int MAX_PAGE = 100;
    /** Exclusion and inclusion error need a rule; asked of a programme without one, this code answers. */
    public static final String NO_RULE = "REPORT_PROGRAMME_WITHOUT_RULE";
    static final String AUDIT_ENTITY = "COVERAGE_REPORT";

    private final ReportGuard guard;
    private final CoverageBases bases;
    private final ReportText text;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final TransactionTemplate readOnly;

    CoverageFamilies(ReportGuard guard, CoverageBases bases, ReportText text, JdbcClient jdbc, AuditLog audit,
            PlatformTransactionManager transactions) {
        this.guard = guard;
        this.bases = bases;
        this.text = text;
        this.jdbc = jdbc;
        this.audit = audit;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * @param kabKotaCode one kab/kota of the caller's region, or null for all of it
     * @param after the last household id of the previous page (null: from the start)
     * @throws id.jaring.platform.NotFoundException programme or kab/kota out of reach
     * @throws ValidationFailedException {@link #NO_RULE} when the programme has no rule in force
     */
    @Transactional
    public CoverageFamilyPage page(String programmeCode, CoverageCategory category, String kabKotaCode, Long after,
            int size) {
        Query q = query(programmeCode, category, kabKotaCode, after);
        int limit = Math.max(1, Math.min(size, MAX_PAGE));
        Map<String, Object> params = new HashMap<>(q.params());
        params.put("cov_limit", limit + 1);
        List<CoverageFamily> found = jdbc.sql(q.sql() + " limit :cov_limit").params(params).query(this::family).list();
        List<CoverageFamily> items = found.stream().limit(limit).toList();
        audited(q, "list page", items.size(), true);
        return new CoverageFamilyPage(q.basis().programme().code(), category, q.kabKota(),
                guard.regionName(q.kabKota()), q.basis().rule().version(),
                q.basis().asOf(), items, found.size() > limit ? items.get(items.size() - 1).householdId() : null);
    }

    /**
     * Checks access as {@link #page} does; the export then streams every family of the category from
     * the database into the file, and is audited with the number written (also when it breaks off).
     */
    FamilyExport export(String programmeCode, CoverageCategory category, String kabKotaCode) {
        Query q = query(programmeCode, category, kabKotaCode, null);
        String name = q.basis().programme().code() + "-" + category.name().toLowerCase(Locale.ROOT)
                + (q.kabKota() == null ? "" : "-" + q.kabKota());
        return new FamilyExport() {
            @Override
            public String baseName() {
                return name;
            }

            @Override
            public long writeTo(TableExport.Format format, OutputStream out, Locale locale) {
                return write(q, format, out, locale);
            }
        };
    }

    private long write(Query q, TableExport.Format format, OutputStream out, Locale locale) {
        long[] written = {0};
        boolean complete = false;
        try (TableExport table = TableExport.open(format, q.category().name(), out, text.columns(locale,
                "noKk", "kabKotaCode", "kabKota", "desaCode", "desa", "status", "desil", "score"))) {
            readOnly.executeWithoutResult(tx -> {
                try (Stream<CoverageFamily> rows = jdbc.sql(q.sql()).params(q.params()).withFetchSize(2000)
                        .query(this::family).stream()) {
                    rows.forEach(f -> {
                        table.row(f.noKk(), f.kabKotaCode(), f.kabKotaName(), f.desaCode(), f.desaName(),
                                f.householdStatus(), f.desil(), f.score());
                        written[0] = table.rows();
                    });
                }
            });
            table.close();
            complete = true;
        } finally {
            audited(q, "export " + format, written[0], complete);
        }
        return written[0];
    }

    private record Query(CoverageBasis basis, CoverageCategory category, String sql, Map<String, Object> params) {

        String kabKota() {
            return basis.kabKota();
        }
    }

    private Query query(String programmeCode, CoverageCategory category, String kabKotaCode, Long after) {
        CurrentUser user = guard.lister();
        CoverageBasis basis = bases.of(user, programmeCode, kabKotaCode);
        if (!basis.hasRule()) {
            throw new ValidationFailedException(Violation.error(NO_RULE, "programme", basis.programme().code()));
        }
        Map<String, Object> params = new HashMap<>(basis.params());
        params.put("cov_after", after == null ? 0L : after);
        return new Query(basis, category, CoverageSql.families(basis, category), params);
    }

    private void audited(Query q, String what, long families, boolean complete) {
        audit.recordRead(EntityRef.of(AUDIT_ENTITY, q.basis().programme().code() + ":" + q.category()),
                q.basis().region().kabKotaCode(),
                q.category() + " " + what + ": " + families + " families" + (complete ? "" : " (interrupted)"));
    }

    private CoverageFamily family(ResultSet rs, int n) throws SQLException {
        String kab = rs.getString("kabkota_code");
        String desa = rs.getString("desa_code");
        return new CoverageFamily(rs.getLong("id"), rs.getString("no_kk"), kab, guard.regionName(kab), desa,
                guard.regionName(desa), rs.getString("status"), rs.getObject("desil", Integer.class),
                rs.getBigDecimal("score"), rs.getObject("enrolment_id", Long.class));
    }
}
