package id.jaring.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import id.jaring.platform.CommandOptions;
import id.jaring.synth.GeneratorSettings;

/**
 * What {@code bench registry} measures, parsed from the command line.
 *
 * @param persons size of the synthetic population loaded into an empty registry
 * @param seed    generator seed; also picks the sampled inputs, so a rerun asks the same questions
 * @param dataDir folder of the benchmark's own embedded PostgreSQL (under {@code postgres/})
 * @param samples measured calls per case (after a warm-up of {@link #warmUp()} calls)
 * @param out     Markdown report file, or null to print the Markdown after the table
 * @param runs    {@code bench ranking}: how many ranking runs to time
 */
record BenchSettings(long persons, long seed, Path dataDir, int samples, Path out, int runs) {

    static final int DEFAULT_RUNS = 3;
    static final int MAX_RUNS = 100;

    static final long DEFAULT_PERSONS = 1_000_000L;
    static final String DEFAULT_DATA_DIR = "./data/bench";
    static final int DEFAULT_SAMPLES = 200;
    static final int MAX_SAMPLES = 100_000;
    private static final Set<String> OPTIONS = Set.of("persons", "seed", "data-dir", "samples", "out", "runs");

    BenchSettings {
        if (persons < 1 || persons > GeneratorSettings.MAX_PERSONS) {
            throw new IllegalArgumentException("--persons must be between 1 and " + GeneratorSettings.MAX_PERSONS);
        }
        if (samples < 1 || samples > MAX_SAMPLES) {
            throw new IllegalArgumentException("--samples must be between 1 and " + MAX_SAMPLES);
        }
        if (runs < 1 || runs > MAX_RUNS) {
            throw new IllegalArgumentException("--runs must be between 1 and " + MAX_RUNS);
        }
    }

    BenchSettings(long persons, long seed, Path dataDir, int samples, Path out) {
        this(persons, seed, dataDir, samples, out, DEFAULT_RUNS);
    }

    /** Warm-up calls per case, with inputs other than the measured ones. */
    int warmUp() {
        return Math.max(5, Math.min(50, samples / 4));
    }

    /** @throws IllegalArgumentException with a message for the user */
    static BenchSettings parse(String[] args) {
        Map<String, String> options = CommandOptions.parse(args, OPTIONS, Set.of());
        String out = options.get("out");
        String dataDir = options.getOrDefault("data-dir", DEFAULT_DATA_DIR);
        if (dataDir.isBlank() || (out != null && out.isBlank())) {
            throw new IllegalArgumentException("--data-dir and --out need a path");
        }
        return new BenchSettings(number(options, "persons", DEFAULT_PERSONS),
                number(options, "seed", GeneratorSettings.DEFAULT_SEED),
                Path.of(dataDir),
                (int) Math.min(Integer.MAX_VALUE, number(options, "samples", DEFAULT_SAMPLES)),
                out == null ? null : Path.of(out),
                (int) Math.min(Integer.MAX_VALUE, number(options, "runs", DEFAULT_RUNS)));
    }

    private static long number(Map<String, String> options, String name, long fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not '" + value + "'");
        }
    }
}
