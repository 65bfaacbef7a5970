package id.jaring.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import id.jaring.access.CurrentUser;
import id.jaring.access.CurrentUsers;
import id.jaring.access.Role;
import id.jaring.access.SystemActor;
import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.platform.CoalescingQueue;
import id.jaring.platform.RunLog;
import id.jaring.program.Programme;
import id.jaring.program.Programmes;

/**
 * The daily graduation job (docs/graduation.md, "The daily graduation job"): for every programme
 * running on the Clock's date, BATAS_WAKTU for each KPM past its last day and, on the first run on
 * or after the last day of a tahap, ALAMIAH for each KPM with no component left; each a proposal or
 * a decision per the programme's {@code automatic_exits}, as the system user, with its evidence.
 *
 * <p>A run is ONE transaction holding an advisory lock: a second run, here or on another node, waits
 * and then finds every exit already there ({@link EnrolmentExits#proposeAutomatic} is idempotent): it
 * writes nothing new. The run is recorded in {@code graduation_run} (RUNNING, then FINISHED with the
 * counts per kind, or FAILED after a rollback) and audited (GRADUATION_RUN). Started by the schedule,
 * the page's button and the API: DATA_STEWARD, ADMIN and the system user.
 */
@Service
public class GraduationJob implements DisposableBean {

    /** pg_advisory_xact_lock key of the daily graduation job ("GRAD" in ASCII). */
    static final long LOCK_KEY = 0x47524144L;

    private static final int RUNS_MAX = 100;
    private static final Logger log = LoggerFactory.getLogger(GraduationJob.class);

    private final GraduationRuns runs;
    private final GraduationSweep sweep;
    private final Programmes programmes;
    private final AuditLog audit;
    private final CurrentUsers users;
    private final Clock clock;
    private final CoalescingQueue queue = new CoalescingQueue("graduation-job");

    GraduationJob(GraduationRuns runs, GraduationSweep sweep, Programmes programmes, AuditLog audit, CurrentUsers users,
            Clock clock) {
        this.runs = runs;
        this.sweep = sweep;
        this.programmes = programmes;
        this.audit = audit;
        this.users = users;
        this.clock = clock;
    }

    /** True for the roles that start runs (the system user is a data steward). */
    public static boolean mayRun(CurrentUser user) {
        return user.role() == Role.DATA_STEWARD || user.role() == Role.ADMIN;
    }

    /** A run over every running programme, now, in the caller's thread (waits while another run holds the lock). */
    public GraduationRun run(GraduationRun.Trigger trigger, String detail) {
        return run(trigger, detail, null);
    }

    /**
     * A run over the running programmes among {@code programmeCodes} (null: all of them), e.g. one
     * programme on demand, or a test's own programmes.
     */
    public GraduationRun run(GraduationRun.Trigger trigger, String detail, Collection<String> programmeCodes) {
        CurrentUser user = users.current();
        if (!mayRun(user)) {
            throw new AccessDeniedException("role " + user.role() + " may not run the graduation job");
        }
        String by = user.username();
        return SystemActor.call(() -> runAsSystem(trigger, detail, programmeCodes, by));
    }

    /**
     * Queues a run over every running programme in the background, as the calling user (the page's
     * button, the API); false when it joined a run already queued. The role is checked now.
     */
    public boolean requestRun(GraduationRun.Trigger trigger) {
        CurrentUser user = users.current();
        if (!mayRun(user)) {
            throw new AccessDeniedException("role " + user.role() + " may not run the graduation job");
        }
        return queue.request("graduation run", SystemActor.boundTo(true, () -> run(trigger, null)));
    }

    /** Waits until every run queued before this call has finished (tests). */
    public void awaitIdle(long timeout, TimeUnit unit) {
        queue.awaitIdle(timeout, unit);
    }

    @Override
    public void destroy() throws InterruptedException {
        queue.shutdown();
    }

    public Optional<GraduationRun> find(long id) {
        return runs.find(id);
    }

    /** The latest runs, newest first (at most 100). */
    public List<GraduationRun> recentRuns(int limit) {
        return runs.recent(Math.max(1, Math.min(limit, RUNS_MAX)));
    }

    private GraduationRun runAsSystem(GraduationRun.Trigger trigger, String detail, Collection<String> codes, String by) {
        RunLog runLog = runs.log();
        return runLog.execute(LOCK_KEY, "graduation", clock, started -> {
            LocalDate asOf = LocalDate.now(clock);
            List<Programme> running = programmes.list().stream().filter(p -> p.runningOn(asOf))
                    .filter(p -> codes == null || codes.contains(p.code())).toList();
            long runId = started.start(running.size(), trigger.name(), detail, by, clock.instant());
            long t0 = System.nanoTime();
            GraduationSweep.Tally timeLimit = new GraduationSweep.Tally();
            GraduationSweep.Tally naturally = new GraduationSweep.Tally();
            List<String> tahapApplied = new ArrayList<>();
            List<String> notAssessed = new ArrayList<>();
            for (Programme p : running) {
                sweep.timeLimits(p, asOf, timeLimit);
                natural(p, asOf, runId, naturally, tahapApplied, notAssessed);
            }
            long created = timeLimit.proposed + timeLimit.decided + naturally.proposed + naturally.decided;
            long skipped = timeLimit.skipped + naturally.skipped;
            runLog.finish(runId, created, skipped, clock.instant());
            runs.details(runId, asOf, timeLimit.counts(), naturally.counts(), joined(tahapApplied), joined(notAssessed));
            GraduationRun run = runs.find(runId).orElseThrow();
            audit.recordChange(AuditAction.CREATE, EntityRef.of("GRADUATION_RUN", run.id()), null, null, state(run),
                    "daily graduation job");
            log.info("graduation run {} as of {}: {} programmes, {} exits written, {} already there, in {} ms",
                    run.id(), asOf, running.size(), created, skipped, (System.nanoTime() - t0) / 1_000_000);
            return run;
        });
    }

    /**
     * ALAMIAH when a tahap has ended since the last application (claimed for this run), if the
     * programme is assessable: every component has a member condition, and each still parses (one
     * that no longer does leaves this programme not assessed, not the whole run failed).
     */
    private void natural(Programme p, LocalDate asOf, long runId, GraduationSweep.Tally tally, List<String> applied,
            List<String> notAssessed) {
        Optional<ProgrammeConditions> conditions = sweep.conditionsOf(p).filter(ProgrammeConditions::assessable);
        if (conditions.isEmpty()) {
            notAssessed.add(p.code());
            return;
        }
        LocalDate tahapEnd = new TahapCalendar(conditions.get().tahapPerYear()).latestEndOnOrBefore(asOf);
        if (tahapEnd.isBefore(p.periodStart()) || !runs.claimTahap(p.id(), tahapEnd, runId)) {
            return;
        }
        applied.add(p.code() + "@" + tahapEnd);
        sweep.naturalGraduations(p, conditions.get(), asOf, tahapEnd, tally);
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(", ", values);
    }

    private static Map<String, Object> state(GraduationRun run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("asOf", run.asOf().toString());
        m.put("trigger", run.trigger().name());
        m.put("triggerDetail", run.triggerDetail());
        m.put("requestedBy", run.requestedBy());   // the run itself acts as the system user
        m.put("programmes", run.programmes());
        m.put("batasWaktu", run.timeLimit());
        m.put("alamiah", run.natural());
        m.put("tahapApplied", run.tahapApplied());
        m.put("notAssessed", run.notAssessed());
        return m;
    }
}
