package id.jaring.enrollment.readiness;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.enrollment.ReadinessRun;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;

/**
 * New versions of the readiness assessment (complete and validated; an existing version never
 * changes) and their activation (the computation uses the active one; one is queued at once). For
 * DATA_STEWARD and ADMIN, audited (READINESS_SET).
 */
@Service
public class ReadinessVersioning {

    private final JdbcClient jdbc;
    private final ReadinessSets sets;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final ReadinessGuard guard;
    private final ReadinessQueue queue;
    private final Clock clock;

    ReadinessVersioning(JdbcClient jdbc, ReadinessSets sets, PlatformTransactionManager transactionManager, AuditLog audit,
            ReadinessGuard guard, ReadinessQueue queue, Clock clock) {
        this.jdbc = jdbc;
        this.sets = sets;
        this.transactions = new TransactionTemplate(transactionManager);
        this.audit = audit;
        this.guard = guard;
        this.queue = queue;
        this.clock = clock;
    }

    /** Creates the next version (not active). */
    public ReadinessSet create(NewReadinessSet request) {
        String by = guard.steward().username();
        List<Violation> violations = new ArrayList<>(ReadinessSetRules.check(request));
        if (request.basedOn() != null && sets.find(request.basedOn()).isEmpty()) {
            violations.add(Violation.error(ReadinessCodes.READINESS_VERSION_UNKNOWN, "basedOn", request.basedOn()));
        }
        if (!violations.isEmpty()) {
            throw new ValidationFailedException(violations);
        }
        int version = transactions.execute(tx -> {
            jdbc.sql("lock table readiness_set in share row exclusive mode").update();
            int next = jdbc.sql("select coalesce(max(version), 0) + 1 from readiness_set").query(Integer.class).single();
            jdbc.sql("""
                    insert into readiness_set (version, based_on, note, ready_from, created_by, created_at, active)
                    values (:v, :basedOn, :note, :readyFrom, :by, :at, false)
                    """).param("v", next).param("basedOn", request.basedOn()).param("note", request.note().strip())
                    .param("readyFrom", request.readyFrom()).param("by", by).param("at", Timestamp.from(clock.instant()))
                    .update();
            for (IndicatorWeight w : request.indicators()) {
                jdbc.sql("""
                        insert into readiness_indicator (set_version, indicator, weight, threshold, required)
                        values (:v, :indicator, :weight, :threshold, :required)
                        """).param("v", next).param("indicator", w.indicator()).param("weight", w.weight())
                        .param("threshold", w.threshold(), java.sql.Types.NUMERIC).param("required", w.required()).update();
            }
            audit.recordChange(AuditAction.CREATE, EntityRef.of("READINESS_SET", next), null, null, state(next, request),
                    "new graduation readiness version");
            return next;
        });
        return sets.find(version).orElseThrow();
    }

    /** Makes the version the active one and queues a computation with it. */
    public ReadinessSet activate(int version) {
        guard.steward();
        ReadinessSet set = sets.find(version).orElseThrow(() -> new NotFoundException("readiness set"));
        if (set.active()) {
            throw new ValidationFailedException(List.of(
                    Violation.error(ReadinessCodes.READINESS_ALREADY_ACTIVE, "version", version)));
        }
        transactions.executeWithoutResult(tx -> {
            Integer previous = jdbc.sql("select version from readiness_set where active for update")
                    .query(Integer.class).optional().orElse(null);
            jdbc.sql("update readiness_set set active = false where active").update();
            jdbc.sql("update readiness_set set active = true where version = :v").param("v", version).update();
            audit.recordChange(AuditAction.UPDATE, EntityRef.of("READINESS_SET", version), null,
                    Map.of("active_version", String.valueOf(previous)), Map.of("active_version", version), "activate");
        });
        queue.request(ReadinessRun.Trigger.SET, "version " + version, true);
        return sets.find(version).orElseThrow();
    }

    private static Map<String, Object> state(int version, NewReadinessSet set) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("version", version);
        after.put("based_on", set.basedOn());
        after.put("note", set.note().strip());
        after.put("ready_from", set.readyFrom());
        for (IndicatorWeight w : set.indicators()) {
            after.put(w.indicator(), w.weight() + (w.threshold() == null ? "" : " >= " + w.threshold())
                    + (w.required() ? " (wajib)" : ""));
        }
        return after;
    }
}
