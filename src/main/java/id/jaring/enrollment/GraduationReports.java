package id.jaring.enrollment;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.access.CurrentUser;
import id.jaring.access.Role;
import id.jaring.access.ScopeFilter;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.TableExport;
import id.jaring.program.Programme;
import id.jaring.program.Programmes;

/**
 * Graduation reports (docs/graduation.md): the {@link GraduationReport} tables, counts only (every
 * role, PIMPINAN included), over the enrolments of the programmes the caller reaches (an agency
 * operator: its agency's) in the caller's region, one set-based query per table; CSV and XLSX export
 * of each table. The follow-up list of graduated families (No. KK, desil then and now) needs a role that
 * reads personal data and is audited.
 */
@Service
public class GraduationReports {

    public static final int MAX_PAGE = 200;

    private static final String BASE = """
            with base as (
                select e.*, p.code as programme
                from enrolment e join programme p on p.id = e.programme_id
                where e.status in ('AKTIF', 'SELESAI') and %s
                  and (cast(:agency as text) is null or p.owner_agency = :agency)
                  and (cast(:programme as text) is null or p.code = :programme))
            """;

    private final EnrolmentGuard guard;
    private final Programmes programmes;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final MessageSource messages;

    GraduationReports(EnrolmentGuard guard, Programmes programmes, JdbcClient jdbc, AuditLog audit,
            MessageSource messages) {
        this.guard = guard;
        this.programmes = programmes;
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
    }

    /**
     * Every report table for one programme or (null) all programmes in the caller's reach.
     *
     * @throws NotFoundException when the programme is unknown or out of the caller's reach
     */
    @Transactional(readOnly = true)
    public List<ReportTable> all(String programmeCode) {
        CurrentUser user = guard.anyone();
        checkProgramme(user, programmeCode);
        return Arrays.stream(GraduationReport.values()).map(r -> query(user, r, programmeCode)).toList();
    }

    /** One report table; see {@link #all}. */
    @Transactional(readOnly = true)
    public ReportTable table(GraduationReport report, String programmeCode) {
        CurrentUser user = guard.anyone();
        checkProgramme(user, programmeCode);
        return query(user, report, programmeCode);
    }

    /**
     * Writes a table read with {@link #table} (so every check has passed before the caller sets the
     * response's headers) as CSV (UTF-8 with a BOM) or XLSX ({@link TableExport}), headers in the
     * locale's language; the values are codes (kinds, kab/kota) and numbers.
     */
    public void export(ReportTable table, TableExport.Format format, OutputStream target, Locale locale) {
        List<String> header = table.columns().stream()
                .map(c -> messages.getMessage("grr.col." + c, null, c, locale)).toList();
        try (TableExport out = TableExport.open(format, table.report().name(), target, header)) {
            table.rows().forEach(row -> out.row(row.toArray()));
        }
    }

    /**
     * The graduated families (MANDIRI, ALAMIAH, BATAS_WAKTU) of a programme in one kab/kota, latest
     * enrolment first, with their desil at entry, at graduation and now and the "kembali miskin" flag.
     * Audited as a READ of the list.
     *
     * @param after the previous page's {@link FollowUpPage#nextAfter()}; null for the first
     * @throws NotFoundException when the programme or the kab/kota is out of the caller's reach
     */
    @Transactional
    public FollowUpPage followUp(String programmeCode, String kabKotaCode, boolean fellBackOnly, Long after, int size) {
        CurrentUser user = guard.reader();
        Programme p = EnrolmentGuard.inReach(user,
                programmes.find(programmeCode).orElseThrow(() -> new NotFoundException("programme")), kabKotaCode);
        int limit = Math.max(1, Math.min(size, MAX_PAGE));
        ScopeFilter scope = ScopeFilter.of(user.scope(), "e");
        List<FollowUpFamily> found = jdbc.sql("""
                select e.id, e.household_id, e.no_kk, e.desa_code, e.exit_kind, e.start_date, e.end_date,
                       (e.eligibility_result ->> 'desil')::smallint as desil_entry, e.desil_at_end, r.desil as desil_now,
                       coalesce(%s, false) as fell_back
                from enrolment e left join household_rank r on r.household_id = e.household_id
                where e.programme_id = :p and e.kabkota_code = :kab and e.status = 'SELESAI'
                  and e.exit_kind in %s and e.id < :after and %s
                  and (not :onlyFellBack or coalesce(%s, false))
                order by e.id desc limit :limit
                """.formatted(GraduationReport.FELL_BACK, ExitKind.GRADUATIONS_SQL, scope.sql(), GraduationReport.FELL_BACK))
                .param("p", p.id()).param("kab", kabKotaCode).param("after", after == null ? Long.MAX_VALUE : after)
                .param("onlyFellBack", fellBackOnly).param("limit", limit + 1).params(scope.params())
                .query((rs, n) -> new FollowUpFamily(rs.getLong("id"), rs.getLong("household_id"), rs.getString("no_kk"),
                        rs.getString("desa_code"), ExitKind.valueOf(rs.getString("exit_kind")),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        (Integer) rs.getObject("desil_entry"), (Integer) rs.getObject("desil_at_end"),
                        (Integer) rs.getObject("desil_now"), rs.getBoolean("fell_back")))
                .list();
        List<FollowUpFamily> items = found.stream().limit(limit).toList();
        audit.recordRead(EntityRef.of("GRADUATION_FOLLOW_UP", p.code() + ":" + kabKotaCode), kabKotaCode,
                items.size() + " families" + (fellBackOnly ? ", fell back only" : ""));
        return new FollowUpPage(p.code(), kabKotaCode, fellBackOnly, items,
                found.size() > limit ? items.get(items.size() - 1).enrolmentId() : null);
    }

    private void checkProgramme(CurrentUser user, String programmeCode) {
        if (programmeCode != null) {
            EnrolmentGuard.inReach(user, programmes.find(programmeCode).orElseThrow(() -> new NotFoundException("programme")));
        }
    }

    private ReportTable query(CurrentUser user, GraduationReport report, String programmeCode) {
        ScopeFilter scope = ScopeFilter.of(user.scope(), "e");
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("agency", user.role() == Role.OPERATOR_OPD ? user.scope().agencyCode() : null);
        params.put("programme", programmeCode);
        int width = report.columns().size();
        List<List<Object>> rows = jdbc.sql(BASE.formatted(scope.sql()) + report.sql()).params(params)
                .query((rs, n) -> {
                    List<Object> row = new ArrayList<>(width);
                    for (int i = 1; i <= width; i++) {
                        row.add(rs.getObject(i));
                    }
                    return row;
                }).list();
        return new ReportTable(report, report.columns(), rows);
    }
}
