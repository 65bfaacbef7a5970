package id.jaring.linkage.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import id.jaring.linkage.compare.JaroWinkler;
import id.jaring.linkage.compare.Levels;
import id.jaring.linkage.compare.Levenshtein;
import id.jaring.linkage.compare.NameTokens;

/**
 * Nanoseconds per name pair of the engine's string comparisons against Apache Commons Text. The
 * pairs are Indonesian names, half of them a typo or a word-order variant of each other (as
 * candidate pairs are), half unrelated. Not a test (surefire does not pick it up); run with
 *
 * <pre>
 * mvn -o test-compile && java -cp target/test-classes:target/classes:$(cat cp.txt) id.jaring.linkage.bench.ComparisonBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ComparisonBenchmark {

    static final int PAIRS = 1024;
    private static final String[] WORDS = {"SITI", "AMINAH", "MUHAMMAD", "RIZKY", "NUR", "AINI", "DEWI", "KURNIASIH",
        "BUDI", "SANTOSO", "AHMAD", "FAUZI", "PUTRI", "RAHMAWATI", "SRI", "WAHYUNI", "ABDUL", "ROHMAN", "NABILA",
        "MARDIANA", "ASEP", "SUPRIATNA", "ENDANG", "SUHERMAN", "IMAS", "MASITOH", "DEDE", "KURNIAWAN", "FITRI",
        "HANDAYANI", "UJANG", "SAEPUDIN", "YULIA", "SAFITRI", "AGUS", "SETIAWAN"};

    private final char[][] a = new char[PAIRS][];
    private final char[][] b = new char[PAIRS][];
    private final String[] sa = new String[PAIRS];
    private final String[] sb = new String[PAIRS];
    private NameTokens tokens;
    private final JaroWinklerSimilarity commonsJaroWinkler = new JaroWinklerSimilarity();
    private final LevenshteinDistance commonsLevenshtein = new LevenshteinDistance(2);
    private final LevenshteinDistance commonsLevenshteinUnbounded = LevenshteinDistance.getDefaultInstance();

    @Setup
    public void pairs() {
        SplittableRandom random = new SplittableRandom(7);
        for (int p = 0; p < PAIRS; p++) {
            String x = name(random);
            String y = random.nextBoolean() ? variant(x, random) : name(random);
            sa[p] = x;
            sb[p] = y;
            a[p] = x.toCharArray();
            b[p] = y.toCharArray();
        }
        char[][] column = new char[2 * PAIRS][];
        System.arraycopy(a, 0, column, 0, PAIRS);
        System.arraycopy(b, 0, column, PAIRS, PAIRS);
        tokens = NameTokens.of(column, column.length);
    }

    private static String name(SplittableRandom random) {
        int words = 1 + random.nextInt(3);
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < words; w++) {
            sb.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static String variant(String x, SplittableRandom random) {
        char[] c = x.toCharArray();
        int i = random.nextInt(c.length);
        if (c[i] != ' ') {
            c[i] = (char) ('A' + random.nextInt(26));
        }
        String typo = new String(c);
        int space = typo.indexOf(' ');
        return space > 0 && random.nextBoolean() ? typo.substring(space + 1) + " " + typo.substring(0, space) : typo;
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public double jaringJaroWinkler() {
        double sum = 0;
        for (int p = 0; p < PAIRS; p++) {
            sum += JaroWinkler.similarity(a[p], b[p]);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public double commonsJaroWinkler() {
        double sum = 0;
        for (int p = 0; p < PAIRS; p++) {
            sum += commonsJaroWinkler.apply(sa[p], sb[p]);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public int jaringLevenshteinBounded2() {
        int sum = 0;
        for (int p = 0; p < PAIRS; p++) {
            sum += Levenshtein.distance(a[p], b[p], 2);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public int commonsLevenshteinBounded2() {
        int sum = 0;
        for (int p = 0; p < PAIRS; p++) {
            sum += commonsLevenshtein.apply(sa[p], sb[p]);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public int commonsLevenshteinUnbounded() {
        int sum = 0;
        for (int p = 0; p < PAIRS; p++) {
            sum += commonsLevenshteinUnbounded.apply(sa[p], sb[p]);
        }
        return sum;
    }

    /** The engine's word-aware name similarity (whole-name Jaro-Winkler and best word matches), uncached. */
    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public double jaringNameSimilarity() {
        double sum = 0;
        for (int p = 0; p < PAIRS; p++) {
            sum += Levels.nameSimilarity(a[p], b[p]);
        }
        return sum;
    }

    /** The same on interned words with the per-thread word-pair cache, as the engine runs it. */
    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public double jaringNameSimilarityInterned() {
        double sum = 0;
        for (int p = 0; p < PAIRS; p++) {
            sum += tokens.similarity(a[p], p, b[p], PAIRS + p, 1.01);
        }
        return sum;
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(ComparisonBenchmark.class.getSimpleName()).build()).run();
    }
}
