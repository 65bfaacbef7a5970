package id.jaring.synth;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.jaring.platform.CommandOptions;
import id.jaring.synth.internal.PopulationFiles;

/**
 * The {@code generate} subcommand: writes a synthetic population and agency files to a folder,
 * without starting Spring or a database.
 *
 * <pre>
 * java -jar jaring.jar generate --persons N --out DIR [--sources K] [--seed S] [--ref-date YYYY-MM-DD] [--error-rate F]
 * </pre>
 *
 * Exit codes: 0 done, 1 failed while writing, 2 bad arguments (with a usage message).
 */
public final class GenerateCommand {

    static final String USAGE = """
            Usage: java -jar jaring.jar generate --persons N --out DIR [options]

              --persons N           number of people to generate (1 to %,d)
              --out DIR             folder to write to (created if missing; files are overwritten)
              --sources K           number of agency files (0 to %d, default %d)
              --seed S              random seed (integer, default %d): same seed, same bytes
              --ref-date YYYY-MM-DD reference date of the data (default %s)
              --error-rate F        scale of the agency files' error rates (0 = clean, 1 = realistic, default 1)
              --help                this text

            Writes households.csv and persons.csv (the clean truth), source_<i>_<AGENCY>.csv (agency
            lists in the canonical person format, with errors) and truth.csv (source,record_id,person_id).
            """.formatted(GeneratorSettings.MAX_PERSONS, GeneratorSettings.MAX_SOURCES,
            GeneratorSettings.DEFAULT_SOURCES, GeneratorSettings.DEFAULT_SEED, GeneratorSettings.DEFAULT_REFERENCE_DATE);

    private GenerateCommand() {
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        GeneratorSettings settings;
        Path dir;
        try {
            Map<String, String> options = parse(args);
            if (options.containsKey("help")) {
                out.print(USAGE);
                return 0;
            }
            settings = new GeneratorSettings(
                    number(options, "persons", null),
                    (int) number(options, "sources", (long) GeneratorSettings.DEFAULT_SOURCES),
                    number(options, "seed", GeneratorSettings.DEFAULT_SEED),
                    date(options.get("ref-date")),
                    decimal(options.get("error-rate")));
            String outDir = options.get("out");
            if (outDir == null || outDir.isBlank()) {
                throw new IllegalArgumentException("--out DIR is required");
            }
            dir = Path.of(outDir);
        } catch (IllegalArgumentException e) {
            err.println("generate: " + e.getMessage());
            err.println();
            err.print(USAGE);
            return 2;
        }
        long started = System.nanoTime();
        PopulationFiles.Summary summary;
        try {
            summary = PopulationFiles.write(settings, dir);
        } catch (UncheckedIOException e) {
            err.println("generate: could not write to " + dir + ": " + e.getCause().getMessage());
            return 1;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "Generated %,d persons in %,d families into %s (seed %d, reference date %s) in %.1f s%n",
                summary.persons(), summary.families(), dir.toAbsolutePath(), settings.seed(), settings.referenceDate(), seconds);
        for (PopulationFiles.FileSummary file : summary.files()) {
            out.printf(Locale.ROOT, "  %-40s %,12d rows%n", file.file(), file.rows());
        }
        return 0;
    }

    private static Map<String, String> parse(String[] args) {
        return CommandOptions.parse(args,
                Set.of("persons", "sources", "seed", "out", "ref-date", "error-rate", "help"), Set.of("help"));
    }

    private static long number(Map<String, String> options, String name, Long fallback) {
        String value = options.get(name);
        if (value == null) {
            if (fallback == null) {
                throw new IllegalArgumentException("--" + name + " is required");
            }
            return fallback;
        }
        try {
            return Long.parseLong(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not '" + value + "'");
        }
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return GeneratorSettings.DEFAULT_REFERENCE_DATE;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--ref-date must be a date YYYY-MM-DD, not '" + value + "'");
        }
    }

    private static double decimal(String value) {
        if (value == null) {
            return 1.0;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--error-rate must be a number, not '" + value + "'");
        }
    }
}
