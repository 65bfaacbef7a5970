package id.jaring.enrollment.readiness;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.access.CurrentUser;
import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.platform.ConflictException;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;

/**
 * The pendamping's field assessments of KPM families: record one (PENDAMPING only, a family of
 * their region with an AKTIF enrolment, else 404; a new version per family, the old ones kept;
 * audited as FIELD_ASSESSMENT CREATE; the family's readiness is recomputed in the same transaction)
 * and read a family's history (every role that reads personal data; audited as a READ of the
 * household).
 */
@Service
public class FieldAssessments {

    private static final String COLUMNS = """
            select id, household_id, version, kabkota_code, desa_code, assessed_on, usaha, pangan, kesehatan, kesiapan,
                   notes, assessed_by, recorded_at
            from field_assessment
            """;

    private final JdbcClient jdbc;
    private final ReadinessGuard guard;
    private final KpmFamilies families;
    private final ReadinessRunner runner;
    private final AuditLog audit;
    private final Clock clock;

    FieldAssessments(JdbcClient jdbc, ReadinessGuard guard, KpmFamilies families, ReadinessRunner runner, AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.families = families;
        this.runner = runner;
        this.audit = audit;
        this.clock = clock;
    }

    /** The family's assessments, newest first. */
    @Transactional
    public List<FieldAssessment> history(long householdId) {
        KpmFamily kpm = families.find(householdId, guard.reader()).orElseThrow(() -> new NotFoundException("household"));
        audit.recordRead(EntityRef.of("HOUSEHOLD", householdId), kpm.kabKotaCode(), "field assessments");
        return all(householdId);
    }

    /** Every assessment of the family, newest first, unscoped: for callers that checked the scope. */
    List<FieldAssessment> all(long householdId) {
        return jdbc.sql(COLUMNS + " where household_id = :h order by version desc").param("h", householdId)
                .query(FieldAssessments::map).list();
    }

    /** The family's latest assessment, unscoped: for callers that checked the scope. */
    Optional<FieldAssessment> latest(long householdId) {
        return jdbc.sql(COLUMNS + " where household_id = :h order by version desc limit 1").param("h", householdId)
                .query(FieldAssessments::map).optional();
    }

    @Transactional
    public FieldAssessment record(long householdId, NewFieldAssessment input) {
        CurrentUser user = guard.assessor();
        KpmFamily kpm = families.find(householdId, user).orElseThrow(() -> new NotFoundException("household"));
        Optional<FieldAssessment> previous = latest(householdId);
        List<Violation> violations = FieldAssessmentRules.check(input, LocalDate.now(clock),
                previous.map(FieldAssessment::assessedOn).orElse(null));
        if (!violations.isEmpty()) {
            throw new ValidationFailedException(violations);
        }
        int version = previous.map(p -> p.version() + 1).orElse(1);
        String notes = input.notes() == null || input.notes().isBlank() ? null : input.notes().strip();
        long id;
        try {
            id = jdbc.sql("""
                    insert into field_assessment (household_id, version, kabkota_code, desa_code, assessed_on, usaha, pangan,
                        kesehatan, kesiapan, notes, assessed_by_id, assessed_by, recorded_at)
                    values (:h, :v, :kab, :desa, :on, :usaha, :pangan, :kesehatan, :kesiapan, :notes, :byId, :by, :at)
                    returning id
                    """).param("h", householdId).param("v", version).param("kab", kpm.kabKotaCode())
                    .param("desa", kpm.desaCode()).param("on", input.assessedOn()).params(columns(input.answers()))
                    .param("notes", notes).param("byId", user.id()).param("by", user.username())
                    .param("at", Timestamp.from(clock.instant())).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new ConflictException(Violation.error(ReadinessCodes.FIELD_ASSESSMENT_CONCURRENT, "version", version));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("household_id", householdId);
        after.put("version", version);
        after.put("assessed_on", input.assessedOn().toString());
        after.putAll(input.answers());
        after.put("notes", notes);
        audit.recordChange(AuditAction.CREATE, EntityRef.of("FIELD_ASSESSMENT", id), kpm.kabKotaCode(), null, after,
                "field assessment");
        runner.recomputeFamily(householdId);
        return latest(householdId).orElseThrow();
    }

    /** The answers by column of {@code field_assessment}. */
    private static Map<String, Object> columns(Map<String, Boolean> answers) {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (ReadinessIndicator i : ReadinessIndicator.values()) {
            if (i.fromField()) {
                columns.put(i.fieldColumn(), answers.get(i.name()));
            }
        }
        return columns;
    }

    private static FieldAssessment map(ResultSet rs, int row) throws SQLException {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        for (ReadinessIndicator i : Arrays.stream(ReadinessIndicator.values()).filter(ReadinessIndicator::fromField).toList()) {
            answers.put(i.name(), rs.getBoolean(i.fieldColumn()));
        }
        return new FieldAssessment(rs.getLong("id"), rs.getLong("household_id"), rs.getInt("version"),
                rs.getString("kabkota_code"), rs.getString("desa_code"), rs.getObject("assessed_on", LocalDate.class),
                answers, rs.getString("notes"), rs.getString("assessed_by"), rs.getTimestamp("recorded_at").toInstant());
    }
}
