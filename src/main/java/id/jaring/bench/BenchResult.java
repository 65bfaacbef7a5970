package id.jaring.bench;

/**
 * What one case measured.
 *
 * @param jvm      around the service call in the JVM (service, transaction, JDBC round trips, row mapping)
 * @param database server-side planning + execution of the call's statements; null without pg_stat_statements
 * @param rows     median number of rows a call returned
 * @param found    calls whose expectation held, or -1 when the case has none
 */
record BenchResult(BenchCase benchCase, Timings jvm, Timings database, double rows, int found) {

    /** The median the target is compared with: at the database when the target says so and it was measured. */
    double comparedMedian() {
        return benchCase.targetAtDatabase() && database != null ? database.median() : jvm.median();
    }

    /** "pass", "FAIL" or "-" (no target). */
    String verdict() {
        if (benchCase.targetMillis() == null) {
            return "-";
        }
        return comparedMedian() < benchCase.targetMillis() ? "pass" : "FAIL";
    }
}
