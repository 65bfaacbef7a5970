package id.jaring.linkage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.jaring.linkage.engine.Clustering;
import id.jaring.linkage.engine.Evaluation;
import id.jaring.linkage.engine.Households;
import id.jaring.linkage.engine.RecordSet;

/**
 * The {@code link} subcommand: links person files within and across each other without starting
 * Spring or a database, writes {@code source,record_id,cluster_id,match_weight} for every input
 * record and the review pairs next to it, and optionally evaluates against a truth file.
 *
 * <pre>
 * java -jar jaring.jar link --out OUT.csv [--model person|febrl|MODEL.json] [--evaluate TRUTH.csv | --truth-from-febrl] SOURCE=FILE.csv ...
 * </pre>
 *
 * Exit codes: 0 done, 1 failed reading or writing, 2 bad arguments.
 */
public final class LinkCommand {

    static final String USAGE = """
            Usage: java -jar jaring.jar link --out OUT.csv [options] [SOURCE=]FILE.csv [...]

              --out OUT.csv          where to write source,record_id,cluster_id,match_weight (one row per input record);
                                     the review pairs go to OUT.review.csv, the households (source,no_kk,
                                     household_cluster_id, one row per No. KK of each source) to OUT.households.csv
              --model M              built-in model "person" (default, canonical person format) or "febrl",
                                     or the path of a model JSON file
              --evaluate TRUTH.csv   print pairwise precision, recall, F1 and blocking recall against a truth
                                     file with the columns source,record_id,person_id
              --truth-from-febrl     the same, with the true entity read from FEBRL record ids (rec-<entity>-...)
              --persons-truth P.csv  with --evaluate: the persons file of generate (person_id,household_id);
                                     also prints household precision, recall and F1
              --errors ERRORS.csv    with --evaluate: write the false positive and false negative pairs with the
                                     level of every comparison and both values of every field
              --verbose              also print what each blocking key contributed
              --save-parameters P.json write the fitted m and u probabilities and the prior (what intake's
                                     incremental linkage scores with; see LinkageParameters)
              --help                 this text

            A file given without SOURCE= is named after the file without .csv (as truth.csv of generate names them).
            """;

    private LinkCommand() {
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String outFile = null;
        String modelName = "person";
        String truthFile = null;
        boolean febrlTruth = false;
        boolean verbose = false;
        String errorsFile = null;
        String personsFile = null;
        String parametersFile = null;
        Map<String, Path> sources = new java.util.LinkedHashMap<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--help" -> {
                        out.print(USAGE);
                        return 0;
                    }
                    case "--out" -> outFile = value(args, ++i, a);
                    case "--model" -> modelName = value(args, ++i, a);
                    case "--evaluate" -> truthFile = value(args, ++i, a);
                    case "--truth-from-febrl" -> febrlTruth = true;
                    case "--verbose" -> verbose = true;
                    case "--errors" -> errorsFile = value(args, ++i, a);
                    case "--persons-truth" -> personsFile = value(args, ++i, a);
                    case "--save-parameters" -> parametersFile = value(args, ++i, a);
                    default -> {
                        if (a.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + a);
                        }
                        int eq = a.indexOf('=');
                        Path file = Path.of(eq < 0 ? a : a.substring(eq + 1));
                        String name = eq < 0 ? file.getFileName().toString().replaceFirst("(?i)\\.csv$", "") : a.substring(0, eq);
                        if (sources.put(name, file) != null) {
                            throw new IllegalArgumentException("source " + name + " given twice");
                        }
                    }
                }
            }
            if (outFile == null) {
                throw new IllegalArgumentException("--out OUT.csv is required");
            }
            if (sources.isEmpty()) {
                throw new IllegalArgumentException("no input files");
            }
        } catch (IllegalArgumentException e) {
            err.println("link: " + e.getMessage());
            err.println();
            err.print(USAGE);
            return 2;
        }
        try {
            LinkageModel model = modelName.endsWith(".json") ? LinkageModel.read(Path.of(modelName))
                    : LinkageModel.builtIn(modelName);
            long started = System.nanoTime();
            RecordSet records = read(model, sources);
            long read = System.nanoTime();
            if (verbose) {
                out.printf(Locale.ROOT, "  read and standardised %,d records in %.1f s%n", records.size(), sec(read - started));
                out.flush();
            }
            LinkResult result = new Linker(model).link(records);
            long linked = System.nanoTime();
            Path output = Path.of(outFile);
            write(result, output);
            writeReview(result, reviewPath(output));
            Households.Result households = HouseholdFiles.link(result);
            if (households != null) {
                HouseholdFiles.write(records, households, HouseholdFiles.kkField(model), HouseholdFiles.path(output));
            }
            long written = System.nanoTime();
            out.printf(Locale.ROOT, "Linked %,d records from %d sources into %,d clusters (model %s)%n", records.size(),
                    sources.size(), result.clusters(), model.name());
            out.printf(Locale.ROOT, "  %,d candidate pairs; %,d pairs to review; match share among candidates %.4f; EM iterations %d%n",
                    result.pairs().length, result.review().size(), result.fit().lambda(), result.fit().iterations());
            out.printf(Locale.ROOT, "  thresholds: link at weight %.1f (p %.3f), review from %.1f (p %.3f); prior log2 odds %.1f%n",
                    result.sureWeight(), model.thresholds().sureMatch(), result.doubtfulWeight(),
                    model.thresholds().sureNonMatch(), result.fit().priorLogOdds());
            if (households != null) {
                out.printf(Locale.ROOT, "  households: %,d source families (source, No. KK) in %,d households; %,d links refused (two KKs of one source)%n",
                        households.nodes(), households.households(), households.refused());
            }
            LinkResult.Timings t = result.timings();
            out.printf(Locale.ROOT, "  time: read+standardise %.1f s, block %.1f s, compare %.1f s, fit+score %.1f s, cluster %.1f s, households+write %.1f s; total %.1f s%n",
                    sec(read - started), sec(t.blocking()), sec(t.comparing()), sec(t.scoring()), sec(t.clustering()),
                    sec(written - linked), sec(written - started));
            if (verbose) {
                out.println("  blocking keys (pairs before the union is deduplicated):");
                result.blockingStats().forEach(k -> out.println("    " + k));
                Runtime rt = Runtime.getRuntime();
                out.printf(Locale.ROOT, "  heap in use at the end %.2f GB (max %.2f GB)%n",
                        (rt.totalMemory() - rt.freeMemory()) / 1e9, rt.maxMemory() / 1e9);
            }
            for (String line : Linker.describe(model, result.fit())) {
                out.println(line);
            }
            if (parametersFile != null) {
                LinkageParameters.of(model, result.fit(), String.format(Locale.ROOT, "%,d records of %d sources",
                        records.size(), sources.size())).write(Path.of(parametersFile));
            }
            if (truthFile != null || febrlTruth) {
                SourceFiles.Truth truth = truthFile != null ? SourceFiles.truth(records, Path.of(truthFile)) : null;
                int[] entity = truth != null ? truth.entity() : febrlTruth(records);
                Evaluation.Metrics metrics = Evaluation.evaluate(entity, result.cluster(), result.pairs());
                out.println("Evaluation: " + metrics);
                if (truth != null && personsFile != null && households != null) {
                    int[] trueHousehold = HouseholdFiles.trueHouseholds(truth, Path.of(personsFile));
                    out.println("Household evaluation: " + HouseholdFiles.evaluate(result, households, truth, trueHousehold));
                }
                if (errorsFile != null) {
                    long[] errors = LinkErrors.write(result, entity, Path.of(errorsFile), 50_000);
                    out.printf(Locale.ROOT, "  wrote %,d false positive and %,d false negative pairs to %s%n", errors[0],
                            errors[1], errorsFile);
                }
            }
            return 0;
        } catch (UncheckedIOException e) {
            err.println("link: " + e.getCause().getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("link: " + e.getMessage());
            return 2;
        }
    }

    private static double sec(long nanos) {
        return nanos / 1e9;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    /** Reads the files into standardised records, per the model's columns. */
    public static RecordSet read(LinkageModel model, Map<String, Path> sources) {
        return SourceFiles.read(model, sources);
    }

    static void write(LinkResult result, Path file) {
        RecordSet records = result.records();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("source,record_id,cluster_id,match_weight\n");
            StringBuilder line = new StringBuilder(64);
            for (int r = 0; r < records.size(); r++) {
                line.setLength(0);
                line.append(csvField(records.sourceName(r))).append(',').append(csvField(records.recordId(r))).append(",C")
                        .append(result.cluster()[r] + 1).append(',');
                float best = result.bestWeight()[r];
                if (!Float.isNaN(best)) {
                    line.append(Math.round(best * 10) / 10.0);
                }
                line.append('\n');
                w.append(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path reviewPath(Path output) {
        String name = output.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return output.resolveSibling(base + ".review.csv");
    }

    static void writeReview(LinkResult result, Path file) {
        RecordSet records = result.records();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("source_a,record_id_a,source_b,record_id_b,match_weight,match_probability,reason\n");
            for (Clustering.ReviewPair p : result.review()) {
                w.write(csvField(records.sourceName(p.first())) + "," + csvField(records.recordId(p.first())) + ","
                        + csvField(records.sourceName(p.second())) + "," + csvField(records.recordId(p.second())) + ","
                        + String.format(Locale.ROOT, "%.1f,%.4f,", p.weight(), result.fit().probability(p.weight()))
                        + p.reason() + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String csvField(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    /** True entity per record from a truth file source,record_id,person_id; -1 where unknown. */
    public static int[] truth(RecordSet records, Path truthFile) {
        return SourceFiles.truth(records, truthFile).entity();
    }

    private static final Pattern FEBRL_ID = Pattern.compile("rec-(\\d+)-");

    /** True entity per record from FEBRL ids: rec-1496-org and rec-1496-dup-0 are entity 1496. */
    public static int[] febrlTruth(RecordSet records) {
        int[] entity = new int[records.size()];
        for (int r = 0; r < records.size(); r++) {
            Matcher m = FEBRL_ID.matcher(records.recordId(r));
            entity[r] = m.find() ? Integer.parseInt(m.group(1)) : -1;
        }
        return entity;
    }

    static List<String> sourceNames(RecordSet records) {
        return new ArrayList<>(records.sourceNames());
    }
}
