package id.jaring.bench;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.jaring.access.Scope;
import id.jaring.access.SystemActor;
import id.jaring.targeting.EligibilityRules;
import id.jaring.targeting.EligibleHouseholds;
import id.jaring.targeting.Eligibility;
import id.jaring.targeting.EligibilityPreview;

/**
 * {@code bench rules}: times the eligibility preview (the rule compiled to SQL, counted per
 * kab/kota over the whole registry, province-wide) for a few typical rules. When the registry has
 * no welfare ranking yet (the ranking run is a separate job), it first gives every active family a
 * placeholder rank from a hash of its id, so that desil conditions select a realistic share.
 */
final class RulesBenchmark {

    static final List<String> RULES = List.of(
            "desil <= 4 AND ANY MEMBER (hamil OR umur < 6 OR (sekolah IN (SD, SMP, SMA) AND umur < 21)"
                    + " OR umur >= 60 OR disabilitas = BERAT)",
            "desil <= 4",
            "jenis_lantai IN (TANAH, BAMBU) AND fasilitas_bab != SENDIRI AND NOT aset_lahan",
            "desil <= 3 AND COUNT MEMBERS (umur < 18) >= 3",
            "desil <= 5 AND ALL MEMBERS (umur >= 60 OR disabilitas = BERAT)",
            "desil <= 4 AND ANY MEMBER (hamil) AND ANY MEMBER (umur < 6) AND NOT ANY MEMBER (penghasilan > 3.000.000)");

    record Row(String rule, long families, List<Double> seconds) {
        double median() {
            List<Double> sorted = seconds.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }
    }

    private final JdbcClient jdbc;
    private final Eligibility eligibility;
    private final EligibilityRules rules;
    private final boolean explain;
    private final Clock clock;

    RulesBenchmark(JdbcClient jdbc, Eligibility eligibility, EligibilityRules rules, boolean explain, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.eligibility = eligibility;
        this.rules = rules;
        this.explain = explain;
    }

    /** The executed plan of the rule's query (to the console only), to see where the time goes. */
    private void printPlan(String rule, PrintStream out) {
        EligibleHouseholds q = eligibility.eligibleHouseholds(rules.check(rule), Scope.PROVINCE, LocalDate.now(clock));
        jdbc.sql("explain (analyze, buffers) select count(*) from (" + q.sql() + ") e").params(q.params())
                .query(String.class).list().forEach(line -> out.println("    | " + line));
    }

    /** Gives unranked registries a placeholder rank; returns a note for the report, or null. */
    String ensureRanks(PrintStream out) {
        long ranked = jdbc.sql("select count(*) from household_rank").query(Long.class).single();
        if (ranked > 0) {
            return String.format("household_rank: %,d rows from a ranking run", ranked);
        }
        out.println("No welfare ranking yet: writing placeholder ranks (desil from a hash of the id) ...");
        jdbc.sql("""
                insert into household_rank (household_id, kabkota_code, score, desil, weights_version, computed_at)
                select id, kabkota_code, (abs(hashtext(id::text)) % 100000) / 1000.0, 1 + abs(hashtext(id::text || 'd')) % 10,
                       0, now()
                from household where status = 'AKTIF'
                """).update();
        jdbc.sql("analyze household_rank").update();
        return "household_rank: placeholder ranks (desil uniform 1-10 from a hash of the id, weights_version 0)";
    }

    List<Row> run(int runs, PrintStream out) {
        List<Row> rows = new ArrayList<>();
        for (String rule : RULES) {
            SystemActor.call(() -> eligibility.preview(rule)); // warm-up: plan cache, buffers
            List<Double> seconds = new ArrayList<>();
            long families = 0;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                EligibilityPreview preview = SystemActor.call(() -> eligibility.preview(rule));
                seconds.add((System.nanoTime() - start) / 1e9);
                families = preview.total();
            }
            Row row = new Row(rule, families, seconds);
            if (explain) {
                printPlan(rule, out);
            }
            out.printf(Locale.ROOT, "%8.2f s  %,9d families  %s%n", row.median(), families, rule);
            rows.add(row);
        }
        return rows;
    }

    static String markdown(List<String> facts, List<Row> rows, long persons, long households) {
        StringBuilder md = new StringBuilder();
        facts.forEach(f -> md.append("- ").append(f).append('\n'));
        md.append("\n| rule | families selected | median s | all runs s | linear estimate at 12.9M people s |\n");
        md.append("|---|---|---|---|---|\n");
        double scale = 12_900_000.0 / persons;
        for (Row r : rows) {
            md.append(String.format(Locale.ROOT, "| `%s` | %,d | %.2f | %s | %.1f |%n", r.rule(), r.families(), r.median(),
                    r.seconds().stream().map(s -> String.format(Locale.ROOT, "%.2f", s)).toList(), r.median() * scale));
        }
        return md.toString();
    }
}
