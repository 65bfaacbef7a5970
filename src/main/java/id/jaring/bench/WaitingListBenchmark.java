package id.jaring.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.jaring.access.SystemActor;
import id.jaring.enrollment.WaitingList;
import id.jaring.enrollment.WaitingListPage;
import id.jaring.program.ProgrammeRules;
import id.jaring.program.SaveRule;
import id.jaring.wilayah.Region;
import id.jaring.wilayah.Regions;

/**
 * {@code bench waitlist}: times the ranked waiting list of one programme in each kab/kota of the
 * province ({@link WaitingList#page}: the programme's rule compiled to SQL over the families of the
 * kab/kota, those already proposed or enrolled left out, ordered by desil, score and id), for the
 * first page and for a page deep in the list, against the target of 5 s. Gives the programme the
 * issue's example rule first when another rule is in force.
 */
final class WaitingListBenchmark {

    static final double TARGET_SECONDS = 5;
    static final String PROGRAMME = "JAMSOSRATU";
    static final String RULE = RulesBenchmark.RULES.get(0);
    static final int PAGE = 50;
    static final long DEEP = 10_000;

    /** One kab/kota's timings: medians of the first page and of the page after {@link #DEEP}. */
    record Row(String kabKota, String name, long families, double firstPage, double deepPage, int deepItems) {
        boolean met() {
            return firstPage < TARGET_SECONDS && deepPage < TARGET_SECONDS;
        }
    }

    private final WaitingList waitingList;
    private final ProgrammeRules rules;
    private final JdbcClient jdbc;
    private final Regions regions;

    WaitingListBenchmark(WaitingList waitingList, ProgrammeRules rules, JdbcClient jdbc, Regions regions) {
        this.regions = regions;
        this.waitingList = waitingList;
        this.rules = rules;
        this.jdbc = jdbc;
    }

    /** Puts the example rule in force for the programme; returns a note for the report. */
    String ensureRule() {
        boolean inForce = SystemActor.call(() -> rules.inForce(PROGRAMME))
                .map(r -> r.text().equals(RULE)).orElse(false);
        if (!inForce) {
            SystemActor.call(() -> rules.save(PROGRAMME, new SaveRule(RULE, "bench waitlist")));
        }
        return "Programme " + PROGRAMME + ", rule in force: `" + RULE + "`";
    }

    List<Row> run(int samples, PrintStream out) {
        List<Row> rows = new ArrayList<>();
        List<Object[]> counts = jdbc.sql("""
                select h.kabkota_code, count(*) from household h where h.status = 'AKTIF'
                group by h.kabkota_code order by h.kabkota_code""")
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)}).list();
        for (Object[] region : counts) {
            String kab = (String) region[0];
            double first = median(samples, () -> page(kab, null));
            int[] deepItems = new int[1];
            double deep = median(samples, () -> deepItems[0] = page(kab, DEEP).items().size());
            String name = regions.find(kab).map(Region::name).orElse(kab);
            Row row = new Row(kab, name, (Long) region[1], first, deep, deepItems[0]);
            out.printf(Locale.ROOT, "%-6s %-28s %,10d families: first page %.2f s, after %,d %.2f s (%d items)%n", kab,
                    name, row.families(), first, DEEP, deep, deepItems[0]);
            rows.add(row);
        }
        return rows;
    }

    private WaitingListPage page(String kab, Long after) {
        return SystemActor.call(() -> waitingList.page(PROGRAMME, kab, after, PAGE));
    }

    /** One warm-up call, then the median of {@code samples} timed calls. */
    private static double median(int samples, Runnable call) {
        call.run();
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < Math.max(1, samples); i++) {
            long start = System.nanoTime();
            call.run();
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        return seconds.stream().sorted().toList().get(seconds.size() / 2);
    }

    static String markdown(List<String> facts, List<Row> rows) {
        StringBuilder md = new StringBuilder();
        facts.forEach(f -> md.append("- ").append(f).append('\n'));
        md.append(String.format(Locale.ROOT, "%n| kab/kota | active families | first page of %d (median s) | page after %,d"
                + " (median s) | target | verdict |%n|---|---|---|---|---|---|%n", PAGE, DEEP));
        for (Row r : rows) {
            md.append(String.format(Locale.ROOT, "| %s %s | %,d | %.2f | %.2f | < %.0f s | %s |%n", r.kabKota(), r.name(),
                    r.families(), r.firstPage(), r.deepPage(), TARGET_SECONDS, r.met() ? "pass" : "FAIL"));
        }
        return md.toString();
    }
}
