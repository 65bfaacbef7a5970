package id.jaring.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.jaring.access.SystemActor;
import id.jaring.registry.BulkFamily;
import id.jaring.registry.HouseholdData;
import id.jaring.registry.NewMember;
import id.jaring.registry.PersonData;
import id.jaring.registry.RegionStatistics;
import id.jaring.registry.RegistryBulkLoad;
import id.jaring.registry.RegistrySearch;
import id.jaring.registry.Relationship;
import id.jaring.registry.Sex;
import id.jaring.registry.Welfare;

/**
 * The benchmark's plumbing on the shared test database: it picks inputs from whatever is loaded
 * and runs every case through the registry services. Timings are printed by the real command,
 * never asserted here.
 */
@SpringBootTest
class RegistryBenchmarkTests {

    /** Desa Kragilan (Kabupaten Serang): only this class loads families here. */
    static final String DESA = "36.04.11.2001";

    @Autowired JdbcClient jdbc;
    @Autowired RegistrySearch search;
    @Autowired RegionStatistics statistics;
    @Autowired RegistryBulkLoad bulkLoad;

    @Test
    void everyCaseRunsAgainstTheLoadedDataAndFindsTheSampledRecords() {
        SystemActor.call(() -> bulkLoad.load(families(30).iterator(), 10));
        BenchSettings settings = new BenchSettings(1_000, 99, Path.of("unused"), 3, null);
        StatementClock clock = new StatementClock(jdbc);

        List<BenchResult> results = new RegistryBenchmark(search, statistics, new BenchInputs(jdbc, 99), settings)
                .run(new CaseRunner(clock));

        assertThat(clock.available()).as("the test database runs without pg_stat_statements").isFalse();
        assertThat(results).hasSize(15).allSatisfy(r -> {
            assertThat(r.jvm().count()).isPositive();
            assertThat(r.database()).isNull();
        });
        assertThat(results).filteredOn(r -> r.benchCase().name().endsWith(" search"))
                .extracting(BenchResult::found).containsExactly(3, 3);
        assertThat(results).filteredOn(r -> r.benchCase().name().startsWith("Family list"))
                .allSatisfy(r -> assertThat(r.benchCase().targetMillis()).isEqualTo(RegistryBenchmark.PAGE_TARGET_MS));
        assertThat(new BenchReport(List.of(), results).markdown().lines().filter(l -> l.startsWith("| "))).hasSize(16);
    }

    /** Families with random NIKs and No. KKs: no clash with the other tests' data. */
    private static List<BulkFamily> families(int count) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return IntStream.range(0, count).mapToObj(f -> {
            String noKk = "360411" + String.format("%010d", random.nextLong(10_000_000_000L));
            List<NewMember> members = IntStream.range(0, 3).mapToObj(k -> {
                String nik = "360411" + String.format("%010d", random.nextLong(10_000_000_000L));
                PersonData person = PersonData.of(nik, "BENCH PLUMBING " + f + " " + k, k == 1 ? Sex.P : Sex.L,
                        "SERANG", LocalDate.of(1980 + k, 1 + f % 12, 1 + k));
                return new NewMember(k == 0 ? Relationship.KEPALA_KELUARGA : Relationship.ANAK, person);
            }).toList();
            HouseholdData household = new HouseholdData(noKk, DESA, "JL. BENCH " + f, "1", "1", Welfare.UNKNOWN);
            return new BulkFamily(household, members, LocalDate.of(2000, 1, 1));
        }).toList();
    }
}
