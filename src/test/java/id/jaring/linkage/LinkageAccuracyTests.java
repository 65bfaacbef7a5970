package id.jaring.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.jaring.linkage.engine.Evaluation;
import id.jaring.linkage.engine.Households;
import id.jaring.linkage.engine.RecordSet;
import id.jaring.synth.GenerateCommand;

/** End to end: generated agency files and FEBRL, linked without labels, measured against the truth. */
class LinkageAccuracyTests {

    @TempDir
    Path dir;

    @Test
    void syntheticBantenFiveSources() throws Exception {
        assertThat(GenerateCommand.run(new String[] {"--persons", "6000", "--sources", "5", "--seed", "5", "--out",
                dir.toString()})).isZero();
        Map<String, Path> sources = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().startsWith("source_")).sorted()
                    .forEach(f -> sources.put(f.getFileName().toString().replace(".csv", ""), f));
        }
        LinkageModel model = LinkageModel.builtIn("person");
        RecordSet records = LinkCommand.read(model, sources);
        LinkResult result = new Linker(model).link(records);
        Evaluation.Metrics metrics = Evaluation.evaluate(LinkCommand.truth(records, dir.resolve("truth.csv")),
                result.cluster(), result.pairs());
        System.out.println("synthetic " + records.size() + " records: " + metrics);
        assertThat(records.size()).isGreaterThan(4000);
        assertThat(metrics.precision()).isGreaterThanOrEqualTo(0.995);
        assertThat(metrics.recall()).isGreaterThanOrEqualTo(0.99);
        assertThat(metrics.blockingRecall()).isGreaterThanOrEqualTo(0.995);

        SourceFiles.Truth truth = SourceFiles.truth(records, dir.resolve("truth.csv"));
        Households.Result households = HouseholdFiles.link(result);
        HouseholdFiles.Metrics householdMetrics = HouseholdFiles.evaluate(result, households, truth,
                HouseholdFiles.trueHouseholds(truth, dir.resolve("persons.csv")));
        System.out.println("synthetic households: " + householdMetrics);
        assertThat(householdMetrics.families().precision()).isGreaterThanOrEqualTo(0.995);
        assertThat(householdMetrics.families().recall()).isGreaterThanOrEqualTo(0.97);
        assertThat(householdMetrics.records().precision()).isGreaterThanOrEqualTo(0.995);
        assertThat(householdMetrics.records().recall()).isGreaterThanOrEqualTo(0.96);
    }

    @Test
    void commandWritesHouseholdsAndEvaluatesThem() throws Exception {
        assertThat(GenerateCommand.run(new String[] {"--persons", "1500", "--sources", "3", "--seed", "9", "--out",
                dir.toString()})).isZero();
        List<String> args = new java.util.ArrayList<>(List.of("--out", dir.resolve("out.csv").toString(), "--evaluate",
                dir.resolve("truth.csv").toString(), "--persons-truth", dir.resolve("persons.csv").toString()));
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().startsWith("source_")).sorted().forEach(f -> args.add(f.toString()));
        }
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        assertThat(LinkCommand.run(args.toArray(String[]::new), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                System.err)).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("Household evaluation: source families: precision");
        List<String> lines = Files.readAllLines(dir.resolve("out.households.csv"));
        assertThat(lines.get(0)).isEqualTo("source,no_kk,household_cluster_id");
        assertThat(lines.get(1)).matches("source_\\d_[A-Z_]+,\\d{16},H\\d+");
        assertThat(lines.size()).isGreaterThan(300);
    }

    @Test
    void febrlDatasets4aAnd4b() {
        Evaluation.Metrics metrics = febrl(Map.of("a", febrlFile("dataset4a.csv"), "b", febrlFile("dataset4b.csv")));
        System.out.println("FEBRL 4a+4b: " + metrics);
        assertThat(metrics.f1()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void febrlDataset3() {
        Evaluation.Metrics metrics = febrl(Map.of("d3", febrlFile("dataset3.csv")));
        System.out.println("FEBRL 3: " + metrics);
        assertThat(metrics.f1()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void commandWritesOneRowPerRecordAndTheReviewFile() throws Exception {
        Path out = dir.resolve("out.csv");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int exit = LinkCommand.run(new String[] {"--model", "febrl", "--truth-from-febrl", "--out", out.toString(),
                "a=" + febrlFile("dataset4a.csv"), "b=" + febrlFile("dataset4b.csv")},
                new PrintStream(stdout, true, StandardCharsets.UTF_8), System.err);
        assertThat(exit).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("source,record_id,cluster_id,match_weight");
        assertThat(lines).hasSize(1 + 10_000);
        assertThat(lines).anyMatch(l -> l.startsWith("a,rec-1070-org,C"));
        assertThat(Files.exists(dir.resolve("out.review.csv"))).isTrue();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("Evaluation: precision");
        assertThat(LinkCommand.run(new String[] {"--out"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
    }

    private static Evaluation.Metrics febrl(Map<String, Path> files) {
        LinkageModel model = LinkageModel.builtIn("febrl");
        RecordSet records = LinkCommand.read(model, new LinkedHashMap<>(files));
        LinkResult result = new Linker(model).link(records);
        return Evaluation.evaluate(LinkCommand.febrlTruth(records), result.cluster(), result.pairs());
    }

    private static Path febrlFile(String name) {
        try {
            return Path.of(LinkageAccuracyTests.class.getResource("/febrl/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
