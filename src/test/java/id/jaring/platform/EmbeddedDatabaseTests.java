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
}
