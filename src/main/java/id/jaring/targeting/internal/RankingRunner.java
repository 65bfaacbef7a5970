package id.jaring.targeting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.jaring.access.CurrentUsers;
import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.platform.RunLog;
import id.jaring.targeting.RankingRun;

/**
 * One ranking run, in ONE transaction: take the advisory lock (a second run, in this or another
 * instance, waits until the first commits), record the run as RUNNING (in a transaction of its
 * own, so that the page shows it while it runs), rebuild and swap {@code household_rank} with the
 * active weights, finish the run row and audit it (RANKING_RUN). A failure rolls the ranking back
 * and marks the run FAILED. Callers check the role; this runs as the current user.
 */
@Component
public class RankingRunner {

    /** pg_advisory_xact_lock key of the ranking ("RANK" in ASCII). */
    static final long LOCK_KEY = 0x52414E4BL;

    private static final Logger log = LoggerFactory.getLogger(RankingRunner.class);

    private final JdbcClient jdbc;
    private final RankTable table;
    private final RankingRuns runs;
    private final RunLog runLog;
    private final AuditLog audit;
    private final CurrentUsers users;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final String workMem;

    RankingRunner(JdbcClient jdbc, RankTable table, RankingRuns runs, AuditLog audit, CurrentUsers users, Clock clock,
            PlatformTransactionManager transactionManager, @Value("${jaring.targeting.work-mem:512MB}") String workMem) {
        this.jdbc = jdbc;
        this.table = table;
        this.runs = runs;
        this.audit = audit;
        this.users = users;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.runLog = runs.log();
        this.workMem = workMem;
    }

    public RankingRun run(RankingRun.Trigger trigger, String detail) {
        String by = users.current().username();
        AtomicLong runId = new AtomicLong();
        try {
            return transaction.execute(tx -> {
                runLog.lock(LOCK_KEY);
                // the run sorts and groups millions of rows: memory for this transaction only, not spilled to disk
                jdbc.sql("select set_config('work_mem', :mem, true)").param("mem", workMem).query(String.class).single();
                int version = jdbc.sql("select version from pmt_weight_set where active").query(Integer.class).single();
                Instant started = clock.instant();
                runId.set(runLog.start(version, trigger.name(), detail, by, started));
                long t0 = System.nanoTime();
                RankTable.Built built = table.rebuild(version, started, LocalDate.ofInstant(started, clock.getZone()));
                Instant finished = clock.instant();
                runLog.finish(runId.get(), built.families(), built.incomplete(), finished);
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("weights_version", version);
                after.put("families", built.families());
                after.put("families_incomplete", built.incomplete());
                after.put("trigger", trigger.name());
                after.put("trigger_detail", detail);
                audit.recordChange(AuditAction.CREATE, EntityRef.of("RANKING_RUN", Long.toString(runId.get())), null, null,
                        after, "welfare ranking run");
                log.info("ranking run {} ranked {} families with weights {} in {} ms", runId.get(), built.families(),
                        version, (System.nanoTime() - t0) / 1_000_000);
                return runs.find(runId.get()).orElseThrow();
            });
        } catch (RuntimeException e) {
            if (runId.get() != 0) {
                runLog.fail(runId.get(), e.getClass().getSimpleName(), clock.instant());
            }
            log.warn("ranking run {} failed: {}", runId.get(), e.getClass().getSimpleName());
            throw e;
        }
    }
}
