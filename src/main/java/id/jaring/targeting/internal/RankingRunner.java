package id.jaring.targeting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

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
    private final String workMem;

    RankingRunner(JdbcClient jdbc, RankTable table, RankingRuns runs, AuditLog audit, CurrentUsers users, Clock clock, @Value("${jaring.targeting.work-mem:512MB}") String workMem) {
        this.jdbc = jdbc;
        this.table = table;
        this.runs = runs;
        this.audit = audit;
        this.users = users;
        this.clock = clock;
        this.runLog = runs.log();
        this.workMem = workMem;
    }

    public RankingRun run(RankingRun.Trigger trigger, String detail) {
        String by = users.current().username();
        return runLog.execute(LOCK_KEY, "ranking", clock, run -> {
            // the run sorts and groups millions of rows: memory for this transaction only, not spilled to disk
            jdbc.sql("select set_config('work_mem', :mem, true)").param("mem", workMem).query(String.class).single();
            int version = jdbc.sql("select version from pmt_weight_set where active").query(Integer.class).single();
            Instant started = clock.instant();
            long runId = run.start(version, trigger.name(), detail, by, started);
            long t0 = System.nanoTime();
            RankTable.Built built = table.rebuild(version, started, LocalDate.ofInstant(started, clock.getZone()));
            Instant finished = clock.instant();
            runLog.finish(runId, built.families(), built.incomplete(), finished);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("weights_version", version);
            after.put("families", built.families());
            after.put("families_incomplete", built.incomplete());
            after.put("trigger", trigger.name());
            after.put("trigger_detail", detail);
            audit.recordChange(AuditAction.CREATE, EntityRef.of("RANKING_RUN", Long.toString(runId)), null, null,
                    after, "welfare ranking run");
            log.info("ranking run {} ranked {} families with weights {} in {} ms", runId, built.families(),
                    version, (System.nanoTime() - t0) / 1_000_000);
            return runs.find(runId).orElseThrow();
        });
    }
}
