package id.jaring.bench;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.jaring.access.SystemActor;
import id.jaring.enrollment.GraduationReadiness;
import id.jaring.enrollment.ReadinessRun;
import id.jaring.program.Programme;
import id.jaring.program.ProgrammeData;
import id.jaring.program.ProgrammeStatus;
import id.jaring.program.Programmes;

/**
 * {@code bench readiness}: enrols up to 100,000 active families of the loaded population as AKTIF
 * KPM of a programme of the benchmark's own (set-based SQL, straight into the enrolment table: no
 * maker-checker, no quota), gives 60% of them a field assessment, then times
 * {@link GraduationReadiness#recompute()} (every KPM's readiness replaced in one transaction)
 * {@code --runs} times against the target of 10 s.
 */
final class ReadinessBenchmark {

    static final double TARGET_SECONDS = 10;
    static final int KPM = 100_000;
    static final String PROGRAMME = "BENCH_READINESS";

    record Timed(long enrolments, long ready, double seconds) {
        boolean met() {
            return seconds < TARGET_SECONDS;
        }
    }

    private final GraduationReadiness readiness;
    private final Programmes programmes;
    private final JdbcClient jdbc;

    ReadinessBenchmark(GraduationReadiness readiness, Programmes programmes, JdbcClient jdbc) {
        this.readiness = readiness;
        this.programmes = programmes;
        this.jdbc = jdbc;
    }

    /** Enrols and assesses the KPM once (kept in the data directory); returns a note for the report. */
    String ensureKpm(PrintStream out) {
        Programme p = SystemActor.call(() -> programmes.find(PROGRAMME).orElseGet(() -> programmes.create(new ProgrammeData(
                PROGRAMME, "Benchmark kesiapan graduasi", "DINSOS", LocalDate.of(2020, 1, 1), null, 60, 4,
                ProgrammeStatus.AKTIF))));
        int enrolled = jdbc.sql("""
                insert into enrolment (programme_id, household_id, no_kk, kabkota_code, desa_code, status, proposed_by_id,
                    proposed_by, proposed_at, decided_by_id, decided_by, decided_at, start_date, evidence, updated_at, slot_no)
                select :p, h.id, h.no_kk, h.kabkota_code, h.desa_code, 'AKTIF', 0, 'bench', now(), 1, 'bench', now(),
                       date '2024-01-01', '{}'::jsonb, now(),
                       (select coalesce(max(x.slot_no), 0) from enrolment x where x.programme_id = :p and x.kabkota_code = h.kabkota_code)
                       + row_number() over (partition by h.kabkota_code order by h.id)
                from household h
                where h.status = 'AKTIF'
                  and not exists (select 1 from enrolment e where e.programme_id = :p and e.household_id = h.id)
                order by h.id
                limit greatest(0, :kpm - (select count(*) from enrolment where programme_id = :p and status = 'AKTIF'))
                """).param("p", p.id()).param("kpm", KPM).update();
        int assessed = jdbc.sql("""
                insert into field_assessment (household_id, version, kabkota_code, desa_code, assessed_on, usaha, pangan,
                    kesehatan, kesiapan, notes, assessed_by_id, assessed_by, recorded_at)
                select e.household_id, 1, e.kabkota_code, e.desa_code, date '2026-06-01',
                       hashtext(e.household_id || 'u') % 2 = 0, hashtext(e.household_id || 'p') % 3 <> 0,
                       hashtext(e.household_id || 'k') % 4 <> 0, hashtext(e.household_id || 's') % 2 = 0, null, 0, 'bench', now()
                from enrolment e
                where e.programme_id = :p and e.status = 'AKTIF' and abs(hashtext(e.household_id::text)) % 10 < 6
                  and not exists (select 1 from field_assessment f where f.household_id = e.household_id)
                """).param("p", p.id()).update();
        if (enrolled + assessed > 0) {
            out.printf("Enrolled %,d families and assessed %,d of them%n", enrolled, assessed);
            jdbc.sql("vacuum (analyze) enrolment, field_assessment").update();
        }
        long kpm = jdbc.sql("select count(*) from enrolment where status = 'AKTIF'").query(Long.class).single();
        long withAssessment = jdbc.sql("""
                select count(distinct e.household_id) from enrolment e join field_assessment f on f.household_id = e.household_id
                where e.status = 'AKTIF'
                """).query(Long.class).single();
        return String.format("%,d AKTIF enrolments (programme %s enrolled by SQL), %,d families with a field assessment",
                kpm, PROGRAMME, withAssessment);
    }

    List<Timed> run(int runs, PrintStream out) {
        List<Timed> timed = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            long start = System.nanoTime();
            ReadinessRun run = SystemActor.call(readiness::recompute);
            Timed t = new Timed(run.enrolments(), run.ready(), (System.nanoTime() - start) / 1e9);
            timed.add(t);
            out.printf(Locale.ROOT, "Run %d: readiness of %,d KPM (%,d ready) in %.2f s%n", i, t.enrolments(), t.ready(),
                    t.seconds());
        }
        return timed;
    }

    static String markdown(List<String> facts, List<Timed> runs) {
        StringBuilder md = new StringBuilder();
        facts.forEach(f -> md.append("- ").append(f).append('\n'));
        md.append("\n| run | KPM | siap | seconds | target | verdict |\n|---|---|---|---|---|---|\n");
        for (int i = 0; i < runs.size(); i++) {
            Timed t = runs.get(i);
            md.append(String.format(Locale.ROOT, "| %d | %,d | %,d | %.2f | < %.0f s | %s |%n", i + 1, t.enrolments(),
                    t.ready(), t.seconds(), TARGET_SECONDS, t.met() ? "pass" : "FAIL"));
        }
        return md.toString();
    }
}
