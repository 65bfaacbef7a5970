package id.jaring.bench;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.jaring.access.SystemActor;
import id.jaring.enrollment.GraduationJob;
import id.jaring.enrollment.GraduationRun;
import id.jaring.program.AutomaticExits;
import id.jaring.program.Programme;
import id.jaring.program.ProgrammeComponents;
import id.jaring.program.ProgrammeData;
import id.jaring.program.ProgrammeStatus;
import id.jaring.program.Programmes;

/**
 * {@code bench graduation}: enrols up to 100,000 active families of the loaded population as AKTIF
 * KPM of a programme of its own (set-based SQL, no maker-checker; Jamsosratu's components with their
 * member conditions, 60 months, automatic exits proposed) with start dates spread over six years
 * before today, so that about one in six has reached the five-year limit; removes the programme's
 * exits and tahap marks of earlier benchmark runs; then times {@link GraduationJob#run} {@code --runs}
 * times on the same day: the first run proposes every limit reached and the natural graduations of
 * the tahap just ended, the next ones find them all there. Target: 30 s per run.
 */
final class GraduationBenchmark {

    static final double TARGET_SECONDS = 30;
    static final int KPM = 100_000;
    static final int SPREAD_DAYS = 6 * 365;
    static final String PROGRAMME = "BENCH_GRADUATION";

    record Timed(String label, GraduationRun run, double seconds) {
        boolean met() {
            return seconds < TARGET_SECONDS;
        }
    }

    private final GraduationJob job;
    private final Programmes programmes;
    private final ProgrammeComponents components;
    private final JdbcClient jdbc;
    private final LocalDate today;

    GraduationBenchmark(GraduationJob job, Programmes programmes, ProgrammeComponents components, JdbcClient jdbc,
            LocalDate today) {
        this.job = job;
        this.programmes = programmes;
        this.components = components;
        this.jdbc = jdbc;
        this.today = today;
    }

    /** Enrols the KPM once (kept in the data directory), clears earlier runs' exits; a note for the report. */
    String ensureKpm(PrintStream out) {
        Programme p = SystemActor.call(() -> programmes.find(PROGRAMME).orElseGet(this::create));
        LocalDate first = today.minusDays(SPREAD_DAYS);
        int enrolled = jdbc.sql("""
                insert into enrolment (programme_id, household_id, no_kk, kabkota_code, desa_code, status, proposed_by_id,
                    proposed_by, proposed_at, decided_by_id, decided_by, decided_at, start_date, planned_end_date, evidence,
                    updated_at, slot_no)
                select :p, h.id, h.no_kk, h.kabkota_code, h.desa_code, 'AKTIF', 0, 'bench', now(), 1, 'bench', now(),
                       s.start, s.start + interval '60 months' - case when extract(day from s.start + interval '60 months')
                           < extract(day from s.start) then interval '0 days' else interval '1 day' end,
                       '{}'::jsonb, now(),
                       (select coalesce(max(x.slot_no), 0) from enrolment x where x.programme_id = :p and x.kabkota_code = h.kabkota_code)
                       + row_number() over (partition by h.kabkota_code order by h.id)
                from household h
                cross join lateral (select cast(:first as date) + abs(hashtext(h.id::text || 'g')) % :spread as start) s
                where h.status = 'AKTIF'
                  and not exists (select 1 from enrolment e where e.programme_id = :p and e.household_id = h.id)
                order by h.id
                limit greatest(0, :kpm - (select count(*) from enrolment where programme_id = :p and status = 'AKTIF'))
                """).param("p", p.id()).param("first", first).param("spread", SPREAD_DAYS).param("kpm", KPM).update();
        int cleared = jdbc.sql("delete from enrolment_exit where programme_id = :p").param("p", p.id()).update();
        jdbc.sql("delete from graduation_tahap where programme_id = :p").param("p", p.id()).update();
        if (enrolled > 0 || cleared > 0) {
            out.printf("Enrolled %,d families, removed %,d exits of earlier runs%n", enrolled, cleared);
            jdbc.sql("vacuum (analyze) enrolment, enrolment_exit").update();
        }
        long kpm = jdbc.sql("select count(*) from enrolment where programme_id = :p and status = 'AKTIF'")
                .param("p", p.id()).query(Long.class).single();
        long due = jdbc.sql("select count(*) from enrolment where programme_id = :p and status = 'AKTIF' and planned_end_date < :d")
                .param("p", p.id()).param("d", today).query(Long.class).single();
        long all = jdbc.sql("select count(*) from enrolment where status = 'AKTIF'").query(Long.class).single();
        return String.format("%,d AKTIF KPM of %s (starts spread over %,d days up to %s; %,d past the five-year limit today), "
                + "%,d AKTIF enrolments in all programmes", kpm, PROGRAMME, SPREAD_DAYS, today, due, all);
    }

    private Programme create() {
        Programme p = programmes.create(new ProgrammeData(PROGRAMME, "Benchmark pekerjaan harian graduasi", "DINSOS",
                today.minusDays(SPREAD_DAYS + 1), null, 60, 4, ProgrammeStatus.AKTIF, null, AutomaticExits.USULAN));
        components.of("JAMSOSRATU").forEach(c -> components.add(PROGRAMME, c.data()));
        return p;
    }

    /**
     * {@code runs} runs on the same day (the first catches up with the backlog, the next ones find it
     * all there), then an ordinary day: the proposals for the KPM whose limit date is today are
     * removed, as if the job had not seen them yet, and one more run writes them (about 100,000 / 1,826
     * per day with starts spread evenly) while finding every earlier one in place.
     */
    List<Timed> run(int runs, PrintStream out) {
        List<Timed> timed = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            timed.add(timedRun(i == 1 ? "1 (catch-up: first run ever)" : i + " (same day again)", out));
        }
        int removed = jdbc.sql("""
                delete from enrolment_exit x using enrolment e
                where e.id = x.enrolment_id and e.programme_id = :p and e.planned_end_date = :yesterday
                  and x.kind = 'BATAS_WAKTU' and x.source = 'SISTEM' and x.status = 'DIUSULKAN'
                """).param("p", programmeId()).param("yesterday", today.minusDays(1)).update();
        timed.add(timedRun("ordinary day (" + removed + " KPM whose limit date is today)", out));
        return timed;
    }

    private long programmeId() {
        return SystemActor.call(() -> programmes.find(PROGRAMME).orElseThrow().id());
    }

    private Timed timedRun(String label, PrintStream out) {
        long start = System.nanoTime();
        GraduationRun run = SystemActor.call(() -> job.run(GraduationRun.Trigger.MANUAL, "bench"));
        Timed t = new Timed(label, run, (System.nanoTime() - start) / 1e9);
        out.printf(Locale.ROOT, "Run %s: %d programmes, time limit %s, natural %s, in %.2f s%n", label, run.programmes(),
                run.timeLimit(), run.natural(), t.seconds());
        return t;
    }

    static String markdown(List<String> facts, List<Timed> runs) {
        StringBuilder md = new StringBuilder();
        facts.forEach(f -> md.append("- ").append(f).append('\n'));
        md.append("\n| run | BATAS_WAKTU proposed / decided / already there | ALAMIAH proposed / decided / already there "
                + "| tahap applied | seconds | target | verdict |\n|---|---|---|---|---|---|---|\n");
        for (Timed t : runs) {
            GraduationRun r = t.run();
            md.append(String.format(Locale.ROOT, "| %s | %,d / %,d / %,d | %,d / %,d / %,d | %s | %.2f | < %.0f s | %s |%n",
                    t.label(), r.timeLimit().proposed(), r.timeLimit().decided(), r.timeLimit().skipped(), r.natural().proposed(),
                    r.natural().decided(), r.natural().skipped(), r.tahapApplied() == null ? "-" : r.tahapApplied(),
                    t.seconds(), TARGET_SECONDS, t.met() ? "pass" : "FAIL"));
        }
        return md.toString();
    }
}
