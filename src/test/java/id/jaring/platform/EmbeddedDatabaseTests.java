package id.jaring.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class EmbeddedDatabaseTests {

    private static final long GIB = 1024L * 1024 * 1024;

    @Test
    void aThrowAwayServerKeepsTheSmallCache() {
        assertThat(EmbeddedDatabase.sharedBuffers(null, 24 * GIB)).isEqualTo("256MB");
    }

    @Test
    void anApplicationWithDataTakesAQuarterOfTheMemoryWithinBounds() {
        Path data = Path.of("data/postgres");
        assertThat(EmbeddedDatabase.sharedBuffers(data, 24 * GIB)).isEqualTo("6144MB");
        assertThat(EmbeddedDatabase.sharedBuffers(data, 64 * GIB)).isEqualTo("8192MB");
        assertThat(EmbeddedDatabase.sharedBuffers(data, GIB / 2)).isEqualTo("256MB");
        assertThat(EmbeddedDatabase.sharedBuffers(data, 0)).isEqualTo("256MB");
    }

    @Test
    void onlyTheThrowAwayServerGivesUpDurability() {
        assertThat(EmbeddedDatabase.serverConfig(true, false, "6144MB")).containsEntry("fsync", "on")
                .containsEntry("synchronous_commit", "on").containsEntry("full_page_writes", "on")
                .containsEntry("shared_buffers", "6144MB").doesNotContainKey("shared_preload_libraries");
        assertThat(EmbeddedDatabase.serverConfig(false, true, "256MB")).containsEntry("fsync", "off")
                .containsEntry("synchronous_commit", "off").containsEntry("shared_preload_libraries", "pg_stat_statements");
    }
}
