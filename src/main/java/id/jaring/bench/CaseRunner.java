package id.jaring.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Runs a case one call after another: first the warm-up calls (not recorded), then the measured
 * ones, each timed in the JVM with {@link System#nanoTime()} and, when available, at the database
 * with the {@link StatementClock} read just before and just after the call (outside the JVM timing).
 */
final class CaseRunner {

    private final StatementClock database;

    CaseRunner(StatementClock database) {
        this.database = database;
    }

    BenchResult run(BenchCase benchCase) {
        benchCase.warmUp().forEach(call -> call.run().get());
        List<Double> jvm = new ArrayList<>();
        List<Double> server = new ArrayList<>();
        List<Double> rows = new ArrayList<>();
        int found = 0;
        boolean checked = false;
        for (BenchCase.Call call : benchCase.measured()) {
            double serverBefore = database.totalMillis();
            long start = System.nanoTime();
            Collection<?> result = call.run().get();
            long end = System.nanoTime();
            double serverAfter = database.totalMillis();
            jvm.add((end - start) / 1e6);
            server.add(serverAfter - serverBefore);
            rows.add((double) result.size());
            if (call.expected() != null) {
                checked = true;
                found += call.expected().test(result) ? 1 : 0;
            }
        }
        return new BenchResult(benchCase, Timings.of(jvm), database.available() ? Timings.of(server) : null,
                Timings.of(rows).median(), checked ? found : -1);
    }
}
