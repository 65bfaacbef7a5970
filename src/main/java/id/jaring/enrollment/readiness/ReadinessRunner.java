package id.jaring.enrollment.readiness;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.jaring.access.CurrentUsers;
import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.enrollment.ReadinessRun;
import id.jaring.platform.RunLog;

/**
 * Computes readiness with the active version. A whole run is ONE transaction: the advisory lock
 * (a second run, here or on another node, waits until the first commits; running twice gives the
 * same rows), the run row RUNNING (in a transaction of its own, so that the page shows it), every
 * stored readiness replaced ({@link ReadinessSql}), the run FINISHED and audited (READINESS_RUN).
 * A failure rolls the rows back and marks the run FAILED. One family's readiness is recomputed
 * inside the caller's transaction (after a field assessment). Callers check the role.
 */
@Component
public class ReadinessRunner {

    /** pg_advisory_xact_lock key of the readiness computation ("REDY" in ASCII). */
    static final long LOCK_KEY = 0x52454459L;

    private static final Logger log = LoggerFactory.getLogger(ReadinessRunner.class);

    private final JdbcClient jdbc;
    private final ReadinessSets sets;
    private final ReadinessRuns runs;
    private final RunLog runLog;
    private final AuditLog audit;
    private final CurrentUsers users;
    private final Clock clock;

    ReadinessRunner(JdbcClient jdbc, ReadinessSets sets, ReadinessRuns runs, AuditLog audit, CurrentUsers users,
            Clock clock) {
        this.jdbc = jdbc;
        this.sets = sets;
        this.runs = runs;
        this.audit = audit;
        this.users = users;
        this.clock = clock;
        this.runLog = runs.log();
    }

    public ReadinessRun run(ReadinessRun.Trigger trigger, String detail) {
        String by = users.current().username();
        ReadinessRun finished = runLog.execute(LOCK_KEY, "readiness", clock, run -> {
            ReadinessSet set = sets.active();
            Instant started = clock.instant();
            long runId = run.start(set.version(), trigger.name(), detail, by, started);
            long t0 = System.nanoTime();
            jdbc.sql("delete from enrolment_readiness").update();
            long t1 = System.nanoTime();
            long enrolments = insert(set, started, null);
            long t2 = System.nanoTime();
            long ready = jdbc.sql("select count(*) from enrolment_readiness where label = 'SIAP'").query(Long.class).single();
            runLog.finish(runId, enrolments, ready, clock.instant());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("set_version", set.version());
            after.put("enrolments", enrolments);
            after.put("ready", ready);
            after.put("trigger", trigger.name());
            after.put("trigger_detail", detail);
            audit.recordChange(AuditAction.CREATE, EntityRef.of("READINESS_RUN", runId), null, null, after,
                    "graduation readiness computation");
            log.info("readiness run {} computed {} enrolments ({} ready) with version {}: delete {} ms, insert {} ms, all {} ms",
                    runId, enrolments, ready, set.version(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                    (System.nanoTime() - t0) / 1_000_000);
            return runs.find(runId).orElseThrow();
        });
        vacuum();
        return finished;
    }

    /**
     * Every run leaves the previous rows dead: vacuumed at once (not when autovacuum gets round to
     * it), else each run writes into a larger table and larger indexes (measured: 2.8 s growing to
     * 4.9 s over eight runs of 100,000 KPM). Outside a transaction only; a failure is only logged.
     */
    private void vacuum() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return;
        }
        try {
            long t0 = System.nanoTime();
            jdbc.sql("vacuum (analyze) enrolment_readiness").update();
            log.info("vacuum of enrolment_readiness in {} ms", (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("vacuum of enrolment_readiness failed: {}", e.getClass().getSimpleName());
        }
    }

    /** The family's AKTIF enrolments get their readiness again, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recomputeFamily(long householdId) {
        runLog.lock(LOCK_KEY);
        jdbc.sql("delete from enrolment_readiness where household_id = :h").param("h", householdId).update();
        insert(sets.active(), clock.instant(), householdId);
    }

    private long insert(ReadinessSet set, Instant at, Long householdId) {
        ReadinessSql.Statement statement = ReadinessSql.insert(set, LocalDate.ofInstant(at, clock.getZone()), at, householdId);
        return jdbc.sql(statement.sql()).params(statement.params()).update();
    }
}
