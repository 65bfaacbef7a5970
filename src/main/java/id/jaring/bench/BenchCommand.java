package id.jaring.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.jaring.enrollment.GraduationJob;
import id.jaring.enrollment.GraduationReadiness;
import id.jaring.enrollment.WaitingList;
import id.jaring.program.ProgrammeComponents;
import id.jaring.program.ProgrammeRules;
import id.jaring.program.Programmes;
import id.jaring.registry.RegionStatistics;
import id.jaring.registry.RegistryBulkLoad;
import id.jaring.registry.RegistrySearch;
import id.jaring.targeting.Eligibility;
import id.jaring.targeting.EligibilityRules;
import id.jaring.targeting.WelfareRanking;
import id.jaring.wilayah.Regions;

/**
 * The {@code bench} subcommand.
 *
 * <pre>
 * java -jar jaring.jar bench registry|rules|ranking|waitlist|readiness|graduation [--persons N] [--seed S] [--data-dir DIR] [--samples K] [--out FILE]
 * </pre>
 *
 * Starts the application without its web server on an embedded PostgreSQL in DIR/postgres, with
 * pg_stat_statements loaded, fills an empty registry with a synthetic population, and measures.
 * Exit codes: 0 every target met, 1 failed or a target missed, 2 bad arguments.
 */
public final class BenchCommand {

    static final String USAGE = """
            Usage: java -jar jaring.jar bench registry|rules|ranking|waitlist|readiness|graduation [options]

              --persons N      synthetic people loaded into an empty registry (default %,d)
              --seed S         generator seed, also picks the sampled inputs (default from synth)
              --data-dir DIR   the benchmark's own embedded PostgreSQL lives in DIR/postgres (default %s);
                               kept between runs, so the population is loaded once
              --samples K      measured calls per case, after a warm-up (default %d)
              --out FILE       also write the results as Markdown to FILE (else printed after the table)
              --runs K         ranking, readiness, graduation: timed runs, one after another (default %d)

            registry: times the registry's NIK and No. KK search, family list pages, name search and
            region counts against the Foundation targets. rules: times eligibility rules over the whole
            registry. ranking: times the welfare ranking of the
            whole registry (score and desil of every active family) against 60 s. waitlist: times a programme's
            ranked waiting list in each kab/kota (first page and a deep page) against 5 s; run it after
            ranking on the same --data-dir. readiness: enrols up to 100,000 families as KPM and times the
            graduation readiness of every KPM against 10 s. graduation: enrols up to 100,000 families as KPM
            (starts over six years) and times the daily graduation job against 30 s. See docs/BENCHMARKS.md.
            """.formatted(BenchSettings.DEFAULT_PERSONS, BenchSettings.DEFAULT_DATA_DIR, BenchSettings.DEFAULT_SAMPLES,
                    BenchSettings.DEFAULT_RUNS);

    private BenchCommand() {
    }

    /** @param application the Spring Boot application class to start */
    public static int run(Class<?> application, String[] args) {
        return run(application, args, System.out, System.err);
    }

    static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        BenchSettings settings;
        try {
            if (args.length == 1 && "--help".equals(args[0])) {
                out.print(USAGE);
                return 0;
            }
            if (args.length == 0 || !java.util.Set.of("registry", "rules", "ranking", "waitlist", "readiness", "graduation").contains(args[0])) {
                throw new IllegalArgumentException(args.length == 0 ? "what to benchmark? (registry, rules, ranking, waitlist, readiness, graduation)"
                        : "unknown benchmark '" + args[0] + "'");
            }
            settings = BenchSettings.parse(java.util.Arrays.copyOfRange(args, 1, args.length));
        } catch (IllegalArgumentException e) {
            err.println("bench: " + e.getMessage());
            err.println();
            err.print(USAGE);
            return 2;
        }
        if ("rules".equals(args[0])) {
            return runRules(application, settings, out, err);
        }
        if ("ranking".equals(args[0])) {
            return ranking(application, settings, out, err);
        }
        if ("waitlist".equals(args[0])) {
            return waitingList(application, settings, out, err);
        }
        if ("readiness".equals(args[0])) {
            return readiness(application, settings, out, err);
        }
        if ("graduation".equals(args[0])) {
            return graduation(application, settings, out, err);
        }
        try (ConfigurableApplicationContext context = start(application, settings)) {
            BenchReport report = measure(context, settings, out);
            out.println();
            out.print(report.text());
            if (settings.out() != null) {
                Files.writeString(settings.out(), report.markdown());
                out.println("\nMarkdown written to " + settings.out().toAbsolutePath());
            } else {
                out.println();
                out.print(report.markdown());
            }
            return report.allTargetsMet() ? 0 : 1;
        } catch (IOException e) {
            err.println("bench: could not write " + settings.out() + ": " + e.getMessage());
            return 1;
        }
    }

    /** What a benchmark over the loaded population reports: its Markdown, and whether its targets are met. */
    private record Outcome(String markdown, boolean met) {
    }

    /** A benchmark over the loaded population; adds its own facts (at least the load average around it). */
    private interface PopulationCase {
        Outcome measure(ConfigurableApplicationContext context, BenchPopulation.Loaded data, List<String> facts,
                PrintStream out);
    }

    /** {@code bench rules}: eligibility previews over the whole registry ({@link RulesBenchmark}); --samples runs per rule (at most 10). */
    private static int runRules(Class<?> application, BenchSettings settings, PrintStream out, PrintStream err) {
        return onPopulation(application, settings, out, err, (context, data, facts, print) -> {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            RulesBenchmark benchmark = new RulesBenchmark(jdbc, context.getBean(Eligibility.class),
                    context.getBean(EligibilityRules.class), Boolean.getBoolean("jaring.bench.explain"),
                    context.getBean(java.time.Clock.class));
            facts.add(benchmark.ensureRanks(print));
            String loadBefore = loadAverage();
            List<RulesBenchmark.Row> rows = benchmark.run((int) Math.min(10, settings.samples()), print);
            facts.add("Load average (1/5/15 min) before measuring: " + loadBefore + ", after: " + loadAverage());
            facts.add("Each time: Eligibility.preview province-wide (check + compile + count per kab/kota), after one warm-up");
            return new Outcome(RulesBenchmark.markdown(facts, rows, data.persons(), data.households()), true);
        });
    }

    /** {@code bench ranking}: timed ranking runs of the whole registry ({@link RankingBenchmark}). */
    private static int ranking(Class<?> application, BenchSettings settings, PrintStream out, PrintStream err) {
        return onPopulation(application, settings, out, err, (context, data, facts, print) -> {
            RankingBenchmark benchmark = new RankingBenchmark(context.getBean(WelfareRanking.class),
                    context.getBean(JdbcClient.class));
            print.printf("Ranking %d times ...%n", settings.runs());
            String loadBefore = loadAverage();
            List<RankingBenchmark.Timed> runs = benchmark.run(settings.runs(), print);
            facts.add("Load average (1/5/15 min) before: " + loadBefore + ", after: " + loadAverage());
            facts.add("Families per desil after the last run: " + benchmark.desilSizes());
            return new Outcome(RankingBenchmark.markdown(facts, runs), runs.stream().allMatch(RankingBenchmark::met));
        });
    }

    /** {@code bench waitlist}: a programme's waiting list per kab/kota ({@link WaitingListBenchmark}); --samples per page. */
    private static int waitingList(Class<?> application, BenchSettings settings, PrintStream out, PrintStream err) {
        return onPopulation(application, settings, out, err, (context, data, facts, print) -> {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            WaitingListBenchmark benchmark = new WaitingListBenchmark(context.getBean(WaitingList.class),
                    context.getBean(ProgrammeRules.class), jdbc, context.getBean(Regions.class));
            facts.add(new RulesBenchmark(jdbc, context.getBean(Eligibility.class), context.getBean(EligibilityRules.class),
                    false, context.getBean(java.time.Clock.class)).ensureRanks(print));
            facts.add(benchmark.ensureRule());
            String loadBefore = loadAverage();
            List<WaitingListBenchmark.Row> rows = benchmark.run((int) Math.min(10, settings.samples()), print);
            facts.add("Load average (1/5/15 min) before measuring: " + loadBefore + ", after: " + loadAverage());
            facts.add("Each time: WaitingList.page as the system user (province-wide), after one warm-up");
            return new Outcome(WaitingListBenchmark.markdown(facts, rows),
                    rows.stream().allMatch(WaitingListBenchmark.Row::met));
        });
    }

    /** {@code bench readiness}: graduation readiness of about 100,000 KPM ({@link ReadinessBenchmark}). */
    private static int readiness(Class<?> application, BenchSettings settings, PrintStream out, PrintStream err) {
        return onPopulation(application, settings, out, err, (context, data, facts, print) -> {
            ReadinessBenchmark benchmark = new ReadinessBenchmark(context.getBean(GraduationReadiness.class),
                    context.getBean(Programmes.class), context.getBean(JdbcClient.class));
            facts.add(benchmark.ensureKpm(print));
            print.printf("Computing readiness %d times ...%n", settings.runs());
            String loadBefore = loadAverage();
            List<ReadinessBenchmark.Timed> runs = benchmark.run(settings.runs(), print);
            facts.add("Load average (1/5/15 min) before: " + loadBefore + ", after: " + loadAverage());
            facts.add("Each time: GraduationReadiness.recompute as the system user (delete + one INSERT ... SELECT, one transaction)");
            return new Outcome(ReadinessBenchmark.markdown(facts, runs), runs.stream().allMatch(ReadinessBenchmark.Timed::met));
        });
    }

    /** {@code bench graduation}: the daily graduation job over about 100,000 KPM ({@link GraduationBenchmark}). */
    private static int graduation(Class<?> application, BenchSettings settings, PrintStream out, PrintStream err) {
        return onPopulation(application, settings, out, err, (context, data, facts, print) -> {
            java.time.Clock clock = context.getBean(java.time.Clock.class);
            GraduationBenchmark benchmark = new GraduationBenchmark(context.getBean(GraduationJob.class),
                    context.getBean(Programmes.class), context.getBean(ProgrammeComponents.class),
                    context.getBean(JdbcClient.class), java.time.LocalDate.now(clock));
            facts.add(benchmark.ensureKpm(print));
            print.printf("Running the graduation job %d times, then for an ordinary day ...%n", settings.runs());
            String loadBefore = loadAverage();
            List<GraduationBenchmark.Timed> runs = benchmark.run(settings.runs(), print);
            facts.add("Load average (1/5/15 min) before: " + loadBefore + ", after: " + loadAverage());
            facts.add("Each time: GraduationJob.run as the system user over every running programme (one transaction; "
                    + "proposals in bulk by AutomaticProposals, decisions by EnrolmentExits.proposeAutomatic per KPM)");
            return new Outcome(GraduationBenchmark.markdown(facts, runs), runs.stream().allMatch(GraduationBenchmark.Timed::met));
        });
    }

    /**
     * Starts the application on the benchmark database, loads the population once (kept between
     * runs), lets the case measure, and prints (and with --out writes) its Markdown.
     */
    private static int onPopulation(Class<?> application, BenchSettings settings, PrintStream out, PrintStream err,
            PopulationCase bench) {
        try (ConfigurableApplicationContext context = start(application, settings)) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            BenchPopulation.Loaded data = new BenchPopulation(jdbc, context.getBean(RegistryBulkLoad.class))
                    .ensure(settings, out);
            List<String> facts = new ArrayList<>();
            facts.add("Started " + started + "; " + String.format("%,d persons in %,d families", data.persons(),
                    data.households()));
            facts.add(data.loadTime() == null ? "Population already loaded in " + settings.dataDir()
                    : String.format("Population loaded in this run in %.1f s", data.loadTime().toMillis() / 1000.0));
            facts.add("PostgreSQL: " + jdbc.sql("select version()").query(String.class).single());
            facts.add("Java " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " processors");
            Outcome outcome = bench.measure(context, data, facts, out);
            out.println();
            out.print(outcome.markdown());
            if (settings.out() != null) {
                Files.writeString(settings.out(), outcome.markdown());
            }
            return outcome.met() ? 0 : 1;
        } catch (IOException e) {
            err.println("bench: could not write " + settings.out() + ": " + e.getMessage());
            return 1;
        }
    }

    private static ConfigurableApplicationContext start(Class<?> application, BenchSettings settings) {
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                // as command-line properties: they must win over application.properties
                .run("--jaring.db.embedded.data-dir=" + settings.dataDir().resolve("postgres").toAbsolutePath(),
                        "--jaring.db.embedded.statement-statistics=true",
                        // the benchmark database's administrator is never used: no password to print
                        "--jaring.admin.password=" + randomPassword(),
                        "--logging.level.root=WARN",
                        // the ranking's phase times (score, indexes, swap) and run totals
                        "--logging.level.id.jaring.targeting=DEBUG",
                        // the readiness run's phase times
                        "--logging.level.id.jaring.enrollment.readiness=INFO",
                        // the benchmark loads with the bulk load, not an import; nothing to rank after
                        "--jaring.targeting.rank-after-import=false",
                        "--jaring.enrollment.readiness-cron=-",
                        "--jaring.enrollment.graduation-cron=-");
    }

    /** Other work on the machine skews timings: the report says how busy it was. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static BenchReport measure(ConfigurableApplicationContext context, BenchSettings settings, PrintStream out) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        BenchPopulation.Loaded data = new BenchPopulation(jdbc, context.getBean(RegistryBulkLoad.class))
                .ensure(settings, out);
        StatementClock clock = new StatementClock(jdbc);
        RegistryBenchmark benchmark = new RegistryBenchmark(context.getBean(RegistrySearch.class),
                context.getBean(RegionStatistics.class), new BenchInputs(jdbc, settings.seed()), settings);
        out.printf("Measuring (%d warm-up + %d measured calls per case) ...%n", settings.warmUp(), settings.samples());
        String loadBefore = loadAverage();
        List<BenchResult> results = benchmark.run(new CaseRunner(clock));
        String loadAfter = loadAverage();
        List<String> facts = new ArrayList<>();
        facts.add("Started " + started + "; " + String.format("%,d persons in %,d families", data.persons(),
                data.households()));
        facts.add(data.loadTime() == null ? "Population already loaded in " + settings.dataDir()
                : String.format("Population loaded in this run in %.1f s", data.loadTime().toMillis() / 1000.0));
        facts.add(String.format("VACUUM ANALYZE before measuring: %.1f s", data.vacuumAnalyzeTime().toMillis() / 1000.0));
        facts.add("PostgreSQL: " + jdbc.sql("select version()").query(String.class).single());
        facts.add("Java " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " processors, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        facts.add("Load average (1/5/15 min) before measuring: " + loadBefore + ", after: " + loadAfter);
        facts.add("Times in ms; median/p95/max in the JVM around the service call; db = server-side plan + execution"
                + (clock.available() ? " (pg_stat_statements)" : " (n/a: pg_stat_statements not loaded)"));
        return new BenchReport(facts, results);
    }
}
