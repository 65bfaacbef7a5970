package id.jaring.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The results as an aligned text table for the terminal and as Markdown for docs/BENCHMARKS.md.
 * Times in milliseconds; "db" columns are server-side (pg_stat_statements), the others in the JVM.
 */
record BenchReport(List<String> facts, List<BenchResult> results) {

    private static final String[] HEADER = {"case", "n", "rows", "found", "median", "p95", "max", "db median",
            "db p95", "db max", "target", "verdict"};

    String text() {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        results.forEach(r -> rows.add(cells(r)));
        int[] widths = new int[HEADER.length];
        rows.forEach(row -> {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        });
        StringBuilder text = new StringBuilder();
        facts.forEach(f -> text.append(f).append('\n'));
        text.append('\n');
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                String format = i == 0 ? "%-" + widths[i] + "s" : "  %" + widths[i] + "s";
                text.append(String.format(format, row[i]));
            }
            text.append('\n');
        }
        return text.toString();
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        facts.forEach(f -> md.append("- ").append(f).append('\n'));
        md.append('\n').append("| ").append(String.join(" | ", HEADER)).append(" |\n");
        md.append("|---".repeat(HEADER.length)).append("|\n");
        results.forEach(r -> md.append("| ").append(String.join(" | ", cells(r))).append(" |\n"));
        return md.toString();
    }

    boolean allTargetsMet() {
        return results.stream().noneMatch(r -> r.verdict().equals("FAIL"));
    }

    private static String[] cells(BenchResult r) {
        BenchCase c = r.benchCase();
        Timings db = r.database();
        String target = c.targetMillis() == null ? "-"
                : "< " + String.format(Locale.ROOT, "%.0f", c.targetMillis()) + (c.targetAtDatabase() ? " (db)" : "");
        return new String[] {c.name(), String.valueOf(r.jvm().count()),
                r.rows() == Math.rint(r.rows()) ? String.valueOf((long) r.rows()) : String.valueOf(r.rows()),
                r.found() < 0 ? "-" : r.found() + "/" + r.jvm().count(),
                ms(r.jvm().median()), ms(r.jvm().p95()), ms(r.jvm().max()),
                db == null ? "n/a" : ms(db.median()), db == null ? "n/a" : ms(db.p95()), db == null ? "n/a" : ms(db.max()),
                target, r.verdict()};
    }

    /** Milliseconds with sensible precision: 0.42, 3.1, 250. */
    static String ms(double millis) {
        if (millis < 10) {
            return String.format(Locale.ROOT, "%.2f", millis);
        }
        if (millis < 100) {
            return String.format(Locale.ROOT, "%.1f", millis);
        }
        return String.format(Locale.ROOT, "%.0f", millis);
    }
}
