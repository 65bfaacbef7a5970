package id.jaring.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import id.jaring.access.CurrentUser;
import id.jaring.access.Role;
import id.jaring.access.Scope;
import id.jaring.access.SystemActor;
import id.jaring.bench.BenchCase.Call;
import id.jaring.bench.BenchInputs.NamedPerson;
import id.jaring.bench.BenchInputs.RegionPage;
import id.jaring.registry.PersonMatch;
import id.jaring.registry.RegionStatistics;
import id.jaring.registry.RegistrySearch;

/**
 * The registry's cases, with the Foundation targets: NIK and No. KK under 10 ms (median, at the
 * database), a family list page under 100 ms, a name search under 300 ms. Region counts are
 * measured for information. Calls run as the province-wide system user unless a case says
 * otherwise; every call has its own input (warm-up inputs are not measured again).
 */
final class RegistryBenchmark {

    static final double EXACT_TARGET_MS = 10;
    static final double PAGE_TARGET_MS = 100;
    static final double NAME_TARGET_MS = 300;
    private static final int PAGE_SIZE = 50;
    private static final int NAME_LIMIT = 20;
    /** Counts scan a kab/kota or the province: fewer calls keep the run short. */
    private static final int MAX_COUNT_SAMPLES = 20;

    private final RegistrySearch search;
    private final RegionStatistics statistics;
    private final BenchInputs inputs;
    private final int samples;
    private final int warmUp;
    private final Random random;

    RegistryBenchmark(RegistrySearch search, RegionStatistics statistics, BenchInputs inputs, BenchSettings settings) {
        this.search = search;
        this.statistics = statistics;
        this.inputs = inputs;
        this.samples = settings.samples();
        this.warmUp = settings.warmUp();
        this.random = new Random(settings.seed());
    }

    List<BenchResult> run(CaseRunner runner) {
        return SystemActor.call(() -> cases().stream().map(runner::run).toList());
    }

    List<BenchCase> cases() {
        int n = warmUp + samples;
        List<BenchCase> cases = new ArrayList<>();
        cases.add(measure("NIK search", EXACT_TARGET_MS, true, inputs.niks(n),
                nik -> new Call(() -> search.byNik(nik), found -> !found.isEmpty())));
        cases.add(measure("No. KK search", EXACT_TARGET_MS, true, inputs.noKks(n),
                kk -> new Call(() -> search.byNoKk(kk), found -> !found.isEmpty())));
        for (Level level : Level.values()) {
            List<RegionPage> regions = inputs.regions(level.codeLength, n);
            cases.add(measure("Family list " + level.label + ", first page", PAGE_TARGET_MS, false, cycle(regions, n),
                    r -> Call.of(() -> search.households(r.code(), null, PAGE_SIZE).items())));
            cases.add(measure("Family list " + level.label + ", deep page", PAGE_TARGET_MS, false, cycle(regions, n),
                    r -> Call.of(() -> search.households(r.code(), r.deepAfter(), PAGE_SIZE).items())));
        }
        cases.add(measure("Family list as kab/kota operator, deep page", PAGE_TARGET_MS, false,
                cycle(inputs.regions(Level.KAB_KOTA.codeLength, n), n),
                r -> Call.of(() -> SystemActor.callAs(operatorOf(r.code()),
                        () -> search.households(null, r.deepAfter(), PAGE_SIZE).items()))));
        List<NamedPerson> people = inputs.people(n);
        cases.add(measure("Name search, one letter wrong", NAME_TARGET_MS, false, people,
                p -> misspelt(p, null)));
        cases.add(measure("Name search, one letter wrong, in kab/kota", NAME_TARGET_MS, false, people,
                p -> misspelt(p, p.kabKota())));
        List<String> common = inputs.commonNames(n);
        List<String> kabKotas = inputs.regions(Level.KAB_KOTA.codeLength, 100).stream().map(RegionPage::code).toList();
        cases.add(measure("Name search, most frequent names", NAME_TARGET_MS, false, common,
                name -> Call.of(() -> search.byName(name, null, NAME_LIMIT))));
        cases.add(measure("Name search, most frequent names, in kab/kota", NAME_TARGET_MS, false,
                IntStream.range(0, common.size()).mapToObj(i -> new NamedPerson(common.get(i),
                        kabKotas.get(i % kabKotas.size()))).toList(),
                p -> Call.of(() -> search.byName(p.nama(), p.kabKota(), NAME_LIMIT))));
        int countSamples = Math.min(samples, MAX_COUNT_SAMPLES);
        cases.add(counts("Region counts, kab/kota of the province", List.of("36"), countSamples));
        cases.add(counts("Region counts, kecamatan of a kab/kota", kabKotas, countSamples));
        return cases;
    }

    private enum Level {
        KAB_KOTA("of a kab/kota", 5), KECAMATAN("of a kecamatan", 8), DESA("of a desa", 13);

        final String label;
        final int codeLength;

        Level(String label, int codeLength) {
            this.label = label;
            this.codeLength = codeLength;
        }
    }

    private BenchCase counts(String name, List<String> regions, int count) {
        int warm = Math.min(3, warmUp);
        List<Call> calls = cycle(regions, warm + count).stream()
                .map(code -> Call.of(() -> statistics.children(code))).toList();
        return new BenchCase(name, null, false, calls.subList(0, warm), calls.subList(warm, calls.size()));
    }

    /**
     * The first {@code warmUp} inputs warm up, the next {@code samples} are measured; when the data
     * has fewer, the measured calls get what is left after the warm-up, at least half.
     */
    private <T> BenchCase measure(String name, double target, boolean atDatabase, List<T> input, Function<T, Call> call) {
        List<Call> calls = input.stream().map(call).toList();
        int warm = Math.min(warmUp, Math.max(calls.size() - samples, calls.size() / 2));
        return new BenchCase(name, target, atDatabase, calls.subList(0, warm), calls.subList(warm, calls.size()));
    }

    /**
     * A search for the person's name with one letter wrong, expecting the right name among the
     * hits. Not necessarily this person: a common name has more namesakes than fit in one list.
     */
    private Call misspelt(NamedPerson person, String region) {
        String wrong = BenchInputs.misspelt(person.nama(), random);
        Predicate<Collection<?>> rightName = found -> found.stream()
                .anyMatch(m -> ((PersonMatch) m).nama().equals(person.nama()));
        return new Call(() -> search.byName(wrong, region, NAME_LIMIT), rightName);
    }

    private static <T> List<T> cycle(List<T> source, int n) {
        return source.isEmpty() ? List.of() : IntStream.range(0, n).mapToObj(i -> source.get(i % source.size())).toList();
    }

    /** A kab/kota operator: the list goes through the scope filter in SQL, as for real users. */
    private static Authentication operatorOf(String kabKota) {
        CurrentUser user = new CurrentUser(0, "bench.operator", Role.OPERATOR_KABKOTA, new Scope(null, kabKota));
        return UsernamePasswordAuthenticationToken.authenticated(user, null, List.of());
    }
}
