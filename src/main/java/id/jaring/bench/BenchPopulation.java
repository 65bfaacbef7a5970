package id.jaring.bench;

import java.io.PrintStream;
import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.jaring.access.SystemActor;
import id.jaring.demo.SyntheticFamilies;
import id.jaring.registry.BulkLoadResult;
import id.jaring.registry.RegistryBulkLoad;
import id.jaring.synth.GeneratorSettings;

/**
 * The data the benchmark measures on: a synthetic population, loaded once into an empty registry
 * and kept in the benchmark's data directory for later runs, then vacuumed and analysed so the
 * planner has statistics and index-only scans a visibility map (what autovacuum gives a live
 * database after a while).
 */
final class BenchPopulation {

    /** Families per COPY batch (one transaction each). */
    static final int BATCH_FAMILIES = 5_000;

    /**
     * @param loadTime null when the data was already there
     */
    record Loaded(long persons, long households, Duration loadTime, Duration vacuumAnalyzeTime) {
    }

    private final JdbcClient jdbc;
    private final RegistryBulkLoad bulkLoad;

    BenchPopulation(JdbcClient jdbc, RegistryBulkLoad bulkLoad) {
        this.jdbc = jdbc;
        this.bulkLoad = bulkLoad;
    }

    Loaded ensure(BenchSettings settings, PrintStream out) {
        Duration loadTime = null;
        if (count("household") == 0) {
            out.printf("Loading a synthetic population of %,d persons (seed %d) ...%n", settings.persons(), settings.seed());
            BulkLoadResult result = SystemActor.call(() -> bulkLoad.load(
                    SyntheticFamilies.of(GeneratorSettings.of(settings.persons(), settings.seed())), BATCH_FAMILIES));
            loadTime = result.took();
            out.printf("Loaded %,d families and %,d persons in %.1f s%n", result.households(), result.persons(),
                    loadTime.toMillis() / 1000.0);
        }
        long persons = count("person");
        if (persons != settings.persons()) {
            out.printf("Note: the registry in this data directory holds %,d persons, not %,d: measuring what is there"
                    + " (use another --data-dir for a new population).%n", persons, settings.persons());
        }
        long start = System.nanoTime();
        jdbc.sql("vacuum (analyze)").update();
        Duration vacuum = Duration.ofNanos(System.nanoTime() - start);
        return new Loaded(persons, count("household"), loadTime, vacuum);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
