package id.jaring.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.jaring.access.SystemActor;
import id.jaring.targeting.RankingRun;
import id.jaring.targeting.WelfareRanking;

/**
 * {@code bench ranking}: times {@link WelfareRanking#recompute()} (every active family's PMT score
 * and desil, built into a new table and swapped in) on the loaded population, {@code --runs}
 * times one after another, against the target of 60 s for Banten's 3.5 million families.
 */
final class RankingBenchmark {

    static final double TARGET_SECONDS = 60;

    /** One timed run: the whole call in the JVM, and the run's families. */
    record Timed(long runId, long families, long incomplete, double seconds) {
    }

    private final WelfareRanking ranking;
    private final JdbcClient jdbc;

    RankingBenchmark(WelfareRanking ranking, JdbcClient jdbc) {
        this.ranking = ranking;
        this.jdbc = jdbc;
    }

    List<Timed> run(int runs, java.io.PrintStream out) {
        List<Timed> timed = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            long start = System.nanoTime();
            RankingRun run = SystemActor.call(ranking::recompute);
            double seconds = (System.nanoTime() - start) / 1e9;
            timed.add(new Timed(run.id(), run.families(), run.familiesIncomplete(), seconds));
            out.printf(Locale.ROOT, "Run %d: %,d families ranked in %.1f s%n", i, run.families(), seconds);
        }
        return timed;
    }

    /** The desil sizes of the last run, as a check that the ranking is sane (about 10 % each). */
    String desilSizes() {
        return String.join(", ", jdbc.sql("select desil || ': ' || count(*) from household_rank group by desil order by desil")
                .query(String.class).list());
    }

    static String markdown(List<String> facts, List<Timed> runs) {
        StringBuilder md = new StringBuilder();
        facts.forEach(f -> md.append("- ").append(f).append('\n'));
        md.append("\n| run | families | with missing variables | seconds | target | verdict |\n|---|---|---|---|---|---|\n");
        for (int i = 0; i < runs.size(); i++) {
            Timed t = runs.get(i);
            md.append(String.format(Locale.ROOT, "| %d | %,d | %,d | %.1f | < %.0f s | %s |%n", i + 1, t.families(),
                    t.incomplete(), t.seconds(), TARGET_SECONDS, met(t) ? "pass" : "FAIL"));
        }
        return md.toString();
    }

    static boolean met(Timed t) {
        return t.seconds() < TARGET_SECONDS;
    }
}
