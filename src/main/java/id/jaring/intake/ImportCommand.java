package id.jaring.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.ConfigurableApplicationContext;

import id.jaring.access.SystemActor;
import id.jaring.intake.file.FileProblem;
import id.jaring.platform.ValidationFailedException;

/**
 * The {@code import} subcommand: one agency file through the whole pipeline, as the system user.
 *
 * <pre>
 * java -jar jaring.jar import --agency CODE [--purpose P] [--mapping FILE] [--commit] FILE
 * </pre>
 *
 * Without {@code --mapping}, the proposed mapping (canonical names, the agency's saved mapping,
 * synonyms) is taken as it is. It prints the report's summary and stops there, unless
 * {@code --commit}: then a VALIDATED batch with at least one valid row is committed (one without
 * refuses with BATCH_NOTHING_TO_COMMIT, as the UI and the API do); rejected
 * rows are left out (as with the commit button) and listed in the report. A file that cannot be
 * read, or a mapping without the required columns, blocks: nothing is committed.
 * Exit codes: 0 validated (and committed if asked), 1 blocked or failed, 2 bad arguments.
 */
public final class ImportCommand {

    static final String USAGE = """
            Usage: java -jar jaring.jar import --agency CODE [options] FILE

              --agency CODE     the sending agency (OPD), e.g. DINSOS
              --purpose P       programme code, or UMUM for a general update (default UMUM)
              --mapping FILE    column mapping, one 'file header=canonical column' per line
                                (an empty right side keeps the column as a source attribute)
              --commit          commit the valid rows when validation finished
              --help            this text
            """;

    private ImportCommand() {
    }

    /** @param start starts the application (without a web server) with the given arguments */
    public static int run(String[] args, Function<String[], ConfigurableApplicationContext> start) {
        return run(args, start, System.out, System.err);
    }

    static int run(String[] args, Function<String[], ConfigurableApplicationContext> start, PrintStream out,
            PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("import: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        if (options.help) {
            out.print(USAGE);
            return 0;
        }
        try (ConfigurableApplicationContext context = start.apply(new String[0])) {
            IntakeBatches intake = context.getBean(IntakeBatches.class);
            return SystemActor.call(() -> importFile(intake, options, out, err));
        }
    }

    private static int importFile(IntakeBatches intake, Options options, PrintStream out, PrintStream err) {
        long started = System.nanoTime();
        Upload upload;
        try (InputStream in = Files.newInputStream(options.file)) {
            upload = intake.upload(in, options.file.getFileName().toString(), options.agency, options.purpose);
        } catch (FileProblem e) {
            err.println("import: the file cannot be taken: " + e.code() + " (" + e.getMessage() + ")");
            return 1;
        } catch (IOException e) {
            err.println("import: cannot read " + options.file + ": " + e.getMessage());
            return 1;
        } catch (ValidationFailedException e) {
            err.println("import: " + e.violations().stream().map(v -> v.code()).toList());
            return 1;
        }
        long id = upload.batch().id();
        if (upload.existing()) {
            out.println("The agency sent this file before: batch " + id + " (" + upload.batch().status() + ")");
        }
        BatchView batch = intake.awaitIdle(id);
        if (!batch.status().isFinal() && (options.mapping != null || batch.status() == BatchStatus.UPLOADED)) {
            Map<String, String> mapping = new LinkedHashMap<>(intake.mapping(id));
            if (options.mapping != null) {
                mapping.putAll(options.mapping);
            }
            out.println("Mapping: " + mapping);
            try {
                intake.saveMapping(id, mapping);
            } catch (ValidationFailedException e) {
                err.println("import: the mapping cannot be used: " + e.violations().stream()
                        .map(v -> v.code() + " " + v.field()).toList());
                return 1;
            }
            batch = intake.awaitIdle(id);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        printSummary(intake, batch, out);
        out.printf(Locale.ROOT, "  uploaded, staged and validated in %.1f s (%,.0f rows/s)%n", seconds,
                batch.rowsTotal() / Math.max(seconds, 0.001));
        if (batch.status() == BatchStatus.FAILED) {
            return 1;
        }
        if (options.commit && batch.status() == BatchStatus.VALIDATED) {
            long commitStarted = System.nanoTime();
            try {
                batch = intake.commitNow(id);
            } catch (ValidationFailedException e) {
                // e.g. BATCH_NOTHING_TO_COMMIT: the same refusal (and code) as in the UI and the API
                err.println("import: the batch cannot be committed: " + e.violations().stream().map(v -> v.code()).toList());
                return 1;
            }
            out.printf(Locale.ROOT, "Committed in %.1f s: %,d new, %,d updated, %,d unchanged, %,d open conflicts%n",
                    (System.nanoTime() - commitStarted) / 1e9, batch.counts().created(), batch.counts().updated(),
                    batch.counts().unchanged(), batch.counts().conflicts());
        }
        return 0;
    }

    private static void printSummary(IntakeBatches intake, BatchView batch, PrintStream out) {
        out.printf(Locale.ROOT, "Batch %d (%s, %s, %s): %s%s%n", batch.id(), batch.agencyCode(), batch.fileName(),
                batch.format() == null ? "?" : batch.format() + " " + (batch.encoding() == null ? "" : batch.encoding()),
                batch.status(), batch.failureCode() == null ? "" : " " + batch.failureCode());
        out.printf(Locale.ROOT, "  rows %,d: valid %,d, rejected %,d, with warnings %,d%n", batch.rowsTotal(),
                batch.counts().valid(), batch.counts().rejected(), batch.counts().warnings());
        for (var e : intake.issueCounts(batch.id()).entrySet()) {
            out.printf(Locale.ROOT, "  %-24s %,10d%n", e.getKey(), e.getValue());
        }
    }

    private record Options(String agency, String purpose, Map<String, String> mapping, boolean commit, boolean help,
            Path file) {

        static Options parse(String[] args) {
            String agency = null;
            String purpose = null;
            Map<String, String> mapping = null;
            boolean commit = false;
            Path file = null;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--help" -> {
                        return new Options(null, null, null, false, true, null);
                    }
                    case "--commit" -> commit = true;
                    case "--agency" -> agency = value(args, ++i, a);
                    case "--purpose" -> purpose = value(args, ++i, a);
                    case "--mapping" -> mapping = mappingFile(Path.of(value(args, ++i, a)));
                    default -> {
                        if (a.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + a);
                        }
                        if (file != null) {
                            throw new IllegalArgumentException("one file at a time");
                        }
                        file = Path.of(a);
                    }
                }
            }
            if (agency == null) {
                throw new IllegalArgumentException("--agency CODE is required");
            }
            if (file == null) {
                throw new IllegalArgumentException("FILE is required");
            }
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no such file: " + file);
            }
            return new Options(agency, purpose, mapping, commit, false, file);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static Map<String, String> mappingFile(Path path) {
            try {
                List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
                Map<String, String> mapping = new LinkedHashMap<>();
                for (String line : lines) {
                    if (line.isBlank() || line.strip().startsWith("#")) {
                        continue;
                    }
                    int eq = line.indexOf('=');
                    if (eq < 0) {
                        throw new IllegalArgumentException("mapping line without '=': " + line);
                    }
                    mapping.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
                return mapping;
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the mapping file " + path);
            }
        }
    }
}
