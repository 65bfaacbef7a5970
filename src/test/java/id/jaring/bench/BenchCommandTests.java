package id.jaring.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import id.jaring.JaringApplication;

/** Argument handling of the subcommand: every bad line is refused before anything starts. */
class BenchCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    static Stream<List<String>> badArguments() {
        return Stream.of(
                List.of(),
                List.of("linkage"),
                List.of("--persons", "10"),
                List.of("registry", "--persons", "many"),
                List.of("registry", "--persons", "0"),
                List.of("registry", "--samples", "0"),
                List.of("registry", "--samples"),
                List.of("registry", "--colour", "red"),
                List.of("registry", "--seed", "1", "--seed", "2"),
                List.of("registry", "--data-dir", " "),
                List.of("registry", "extra"),
                List.of("ranking", "--runs", "0"),
                List.of("ranking", "--runs", "many"));
    }

    @ParameterizedTest
    @MethodSource("badArguments")
    void badArgumentsGiveUsageAndExitCodeTwo(List<String> args) {
        int code = BenchCommand.run(JaringApplication.class, args.toArray(String[]::new), print(out), print(err));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("bench: ").contains("Usage:");
        assertThat(out.size()).isZero();
    }

    @Test
    void helpPrintsUsage() {
        assertThat(BenchCommand.run(JaringApplication.class, new String[] {"--help"}, print(out), print(err))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("bench registry").contains("--samples K");
    }

    @Test
    void defaultsAndOptionForms() {
        BenchSettings defaults = BenchSettings.parse(new String[0]);
        assertThat(defaults).isEqualTo(new BenchSettings(1_000_000, 20260101L, Path.of("./data/bench"), 200, null));
        assertThat(defaults.warmUp()).isEqualTo(50);

        BenchSettings given = BenchSettings.parse(
                new String[] {"--persons=20_000", "--seed", "7", "--data-dir", "/tmp/b", "--samples", "12", "--out", "r.md"});
        assertThat(given).isEqualTo(new BenchSettings(20_000, 7, Path.of("/tmp/b"), 12, Path.of("r.md")));
        assertThat(given.warmUp()).isEqualTo(5);
        assertThat(defaults.runs()).isEqualTo(3);
        assertThat(BenchSettings.parse(new String[] {"--runs", "2"}).runs()).isEqualTo(2);
    }

    @Test
    void aMisspeltNameDiffersInExactlyOneLetter() {
        Random random = new Random(3);
        for (String name : List.of("SITI AMINAH", "A", "MUHAMMAD RIZKY PRATAMA")) {
            String wrong = BenchInputs.misspelt(name, random);
            assertThat(wrong).hasSameSizeAs(name);
            List<Integer> changed = java.util.stream.IntStream.range(0, name.length())
                    .filter(i -> name.charAt(i) != wrong.charAt(i)).boxed().toList();
            assertThat(changed).singleElement().satisfies(i -> {
                assertThat(Character.isLetter(name.charAt(i))).isTrue();
                assertThat(wrong.charAt(i)).isBetween('A', 'Z');
            });
        }
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
