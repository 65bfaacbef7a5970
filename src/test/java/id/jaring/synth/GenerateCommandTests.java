package id.jaring.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GenerateCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    static Stream<List<String>> badArguments() {
        return Stream.of(
                List.of(),
                List.of("--persons", "100"),
                List.of("--out", "x"),
                List.of("--persons", "abc", "--out", "x"),
                List.of("--persons", "0", "--out", "x"),
                List.of("--persons", "100", "--out", "x", "--sources", "99"),
                List.of("--persons", "100", "--out", "x", "--ref-date", "01-01-2026"),
                List.of("--persons", "100", "--out", "x", "--error-rate", "lots"),
                List.of("--persons", "100", "--out", "x", "--colour", "red"),
                List.of("--persons", "100", "--out", "x", "--seed"),
                List.of("--persons", "100", "--persons", "200", "--out", "x"),
                List.of("100", "x"));
    }

    @ParameterizedTest
    @MethodSource("badArguments")
    void badArgumentsGiveUsageAndExitCodeTwo(List<String> args) {
        int code = run(args.toArray(String[]::new));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("generate: ").contains("Usage:");
        assertThat(out.size()).isZero();
    }

    @Test
    void helpPrintsUsage() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--persons N").contains("--ref-date");
    }

    @Test
    void aRunWritesAllFilesWithHeadersAndASummary(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out");
        int code = run("--persons", "2_000", "--sources", "4", "--seed", "9", "--out", target.toString(),
                "--ref-date=2025-07-01", "--error-rate", "0.5");
        assertThat(code).isZero();
        List<String> files;
        try (Stream<Path> list = Files.list(target)) {
            files = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(files).hasSize(7).contains("households.csv", "persons.csv", "truth.csv", "source_1_DINSOS.csv",
                "source_2_DINKES.csv", "source_3_DINDIK.csv");
        assertThat(files).anyMatch(f -> f.startsWith("source_4_DUKCAPIL_"));
        assertThat(Files.readAllLines(target.resolve("persons.csv")).get(0)).startsWith("person_id,household_id,record_id,nik,");
        assertThat(Files.readAllLines(target.resolve("persons.csv"))).hasSize(2_001);
        assertThat(Files.readAllLines(target.resolve("households.csv")).get(0)).startsWith("household_id,no_kk,kode_wilayah,");
        assertThat(Files.readAllLines(target.resolve("truth.csv")).get(0)).isEqualTo("source,record_id,person_id");
        String summary = out.toString(StandardCharsets.UTF_8);
        assertThat(summary).contains("Generated 2,000 persons").contains("persons.csv").contains("truth.csv").contains(" s\n");
    }

    private int run(String... args) {
        return GenerateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
