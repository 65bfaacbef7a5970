package id.jaring.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL per JVM. The application keeps its data in a directory that survives
 * restarts; tests pass no directory and get a throw-away one, shared by every Spring context of
 * the test JVM so that the suite starts PostgreSQL once.
 *
 * <p>Spring contexts {@link #acquire acquire} and {@link #release release} the server. It stops
 * when the JVM is going down and no context uses it any more, whichever of the two comes last:
 * JVM shutdown hooks run concurrently, so stopping it from a hook alone would pull the database
 * from under contexts that are still closing (and still writing, e.g. event publications).
 */
public final class EmbeddedDatabase {

    private static EmbeddedPostgres instance;
    private static int users;
    private static boolean jvmStopping;

    private EmbeddedDatabase() {
    }

    /**
     * @param dataDirectory where PostgreSQL keeps its files, or {@code null} for a temporary one
     */
    public static synchronized EmbeddedPostgres acquire(Path dataDirectory) {
        return acquire(dataDirectory, false, "");
    }

    /**
     * @param dataDirectory where PostgreSQL keeps its files, or {@code null} for a temporary one
     * @param statementStatistics load pg_stat_statements (with planning times) when the server
     *        starts, for the benchmarks; only the first acquire of the JVM decides
     * @param sharedBuffers PostgreSQL's shared_buffers (e.g. {@code 4GB}); blank for
     *        {@link #sharedBuffers(Path, long) the default}
     */
    public static synchronized EmbeddedPostgres acquire(Path dataDirectory, boolean statementStatistics,
            String sharedBuffers) {
        if (instance == null) {
            instance = start(dataDirectory, statementStatistics, sharedBuffers == null || sharedBuffers.isBlank()
                    ? sharedBuffers(dataDirectory, physicalMemory()) : sharedBuffers.strip());
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::jvmStopping, "embedded-postgres-stop"));
        }
        users++;
        return instance;
    }

    /** A context that acquired the server no longer needs it. */
    public static synchronized void release() {
        users--;
        stopIfUnused();
    }

    private static synchronized void jvmStopping() {
        jvmStopping = true;
        stopIfUnused();
    }

    private static void stopIfUnused() {
        if (jvmStopping && users <= 0 && instance != null) {
            try {
                instance.close();
            } catch (IOException ignored) {
                // the JVM is going down; PostgreSQL stops with it
            }
            instance = null;
        }
    }

    /**
     * The default shared_buffers: 256 MB for a throw-away test server; for an application that keeps
     * its data, a quarter of the machine's memory (PostgreSQL's usual advice for a dedicated server),
     * between 256 MB and 8 GB, so that a province's registry (persons 2.9 GB at 12.9 million) is read
     * from PostgreSQL's own cache rather than page by page from the operating system's.
     */
    static String sharedBuffers(Path dataDirectory, long physicalMemoryBytes) {
        long mb = dataDirectory == null || physicalMemoryBytes <= 0 ? MIN_SHARED_BUFFERS_MB
                : Math.max(MIN_SHARED_BUFFERS_MB, Math.min(MAX_SHARED_BUFFERS_MB, physicalMemoryBytes / 4 / (1024 * 1024)));
        return mb + "MB";
    }

    private static final long MIN_SHARED_BUFFERS_MB = 256;
    private static final long MAX_SHARED_BUFFERS_MB = 8 * 1024;

    private static long physicalMemory() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : 0;
    }

    private static EmbeddedPostgres start(Path dataDirectory, boolean statementStatistics, String sharedBuffers) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false); // stopped by release/jvmStopping, after the contexts
            serverConfig(dataDirectory != null, statementStatistics, sharedBuffers).forEach(builder::setServerConfig);
            if (dataDirectory != null) {
                Files.createDirectories(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
    }

    /**
     * The server's settings. zonky starts PostgreSQL with -F (fsync off) and synchronous_commit off,
     * fit for a throw-away test database only: a registry kept in a data directory must survive a
     * power cut, so it gets them on (the -c options come after -F, so they win).
     */
    static Map<String, String> serverConfig(boolean keepsData, boolean statementStatistics, String sharedBuffers) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("max_connections", "100");
        config.put("shared_buffers", sharedBuffers);
        config.put("work_mem", "32MB");
        config.put("maintenance_work_mem", "256MB");
        // a million-row intake commit writes a few GB of WAL: fewer checkpoints within it
        config.put("max_wal_size", "8GB");
        config.put("timezone", "UTC");
        if (statementStatistics) {
            config.put("shared_preload_libraries", "pg_stat_statements");
            config.put("pg_stat_statements.track_planning", "on");
        }
        String durable = keepsData ? "on" : "off";
        config.put("fsync", durable);
        config.put("synchronous_commit", durable);
        config.put("full_page_writes", durable);
        return config;
    }
}
