package id.jaring.registry;

import static id.jaring.registry.Fixtures.*;
import static id.jaring.registry.HouseholdRegistrationTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.jaring.access.Role;
import id.jaring.platform.ValidationFailedException;

@SpringBootTest
class RegistrySearchTests {

    /** Desa Kramatwatu (Kabupaten Serang): used only by this class's keyset test. */
    static final String KEYSET_DESA = "36.04.05.2001";
    /** Desa Margasana: used only by this class's count test. */
    static final String COUNT_DESA = "36.04.05.2002";
    /** Desa Sumberjaya (Pandeglang): only by the name search test. */
    static final String NAME_DESA = "36.01.01.2001";

    @Autowired HouseholdRegistration registration;
    @Autowired RegistrySearch search;
    @Autowired RegionStatistics statistics;
    @Autowired RegistryLookup lookup;
    @Autowired JdbcClient jdbc;

    @Test
    void findsNamesDespiteCaseSpacingAndSmallMisspellings() {
        Saved saved = as(Role.DATA_STEWARD, null, () -> registration.register(family("360101", NAME_DESA, "DADANG SUDRAJAT")));
        long siti = as(Role.DATA_STEWARD, null, () -> lookup.household(saved.id())).members().stream()
                .filter(m -> m.nama().equals("SITI AMINAH")).findFirst().orElseThrow().personId();

        for (String query : List.of("SITI AMINAH", "siti  aminah", "Siti Aminnah", " siti-aminah ")) {
            List<PersonMatch> found = as(Role.DATA_STEWARD, null, () -> search.byName(query, NAME_DESA, 10));
            assertThat(found).as(query).extracting(PersonMatch::personId).contains(siti);
            assertThat(found).as(query).allSatisfy(m -> assertThat(m.desaCode()).isEqualTo(NAME_DESA));
            assertThat(found).as(query).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        }
        PersonMatch exact = as(Role.DATA_STEWARD, null, () -> search.byName("siti aminah", NAME_DESA, 10)).get(0);
        assertThat(exact.nama()).isEqualTo("SITI AMINAH");
        assertThat(exact.score()).isEqualTo(1.0);
        assertThat(exact.householdId()).isEqualTo(saved.id());
        assertThat(exact.hubungan()).isEqualTo(Relationship.ISTRI);
        // a different name does not match, and results are bounded
        assertThat(as(Role.DATA_STEWARD, null, () -> search.byName("BAMBANG PAMUNGKAS", NAME_DESA, 10)))
                .noneMatch(m -> m.personId() == siti);
        assertThat(as(Role.DATA_STEWARD, null, () -> search.byName("siti aminah", null, 1000))).hasSizeLessThanOrEqualTo(100);
        // the same family searched by kecamatan and kab/kota
        assertThat(as(Role.DATA_STEWARD, null, () -> search.byName("siti aminah", "360101", 100)))
                .extracting(PersonMatch::personId).contains(siti);
        assertThat(as(Role.DATA_STEWARD, null, () -> search.byName("siti aminah", "36.01", 100)))
                .extracting(PersonMatch::personId).contains(siti);
        assertThat(as(Role.DATA_STEWARD, null, () -> search.byName("siti aminah", "36.02", 100)))
                .extracting(PersonMatch::personId).doesNotContain(siti);
        // an operator of Lebak never sees Pandeglang's people
        assertThat(as(Role.OPERATOR_KABKOTA, "36.02", () -> search.byName("siti aminah", null, 100)))
                .allSatisfy(m -> assertThat(m.desaCode()).startsWith("36.02."));
    }

    @Test
    void findsByExactNikAndNoKk() {
        RegisterHousehold command = family(LEBAK_KEC, LEBAK_DESA, "ODING");
        Saved saved = as(Role.DATA_STEWARD, null, () -> registration.register(command));
        String nik = command.members().get(1).person().nik();

        assertThat(as(Role.OPERATOR_KABKOTA, "36.02", () -> search.byNik(nik)))
                .singleElement().satisfies(m -> {
                    assertThat(m.nama()).isEqualTo("SITI AMINAH");
                    assertThat(m.noKk()).isEqualTo(command.household().noKk());
                    assertThat(m.alive()).isTrue();
                });
        assertThat(as(Role.OPERATOR_KABKOTA, "36.02", () -> search.byNoKk(command.household().noKk())))
                .singleElement().satisfies(h -> {
                    assertThat(h.id()).isEqualTo(saved.id());
                    assertThat(h.headName()).isEqualTo("ODING");
                    assertThat(h.memberCount()).isEqualTo(3);
                });
        assertThat(as(Role.OPERATOR_KABKOTA, "36.73", () -> search.byNik(nik))).isEmpty();
        assertThat(as(Role.OPERATOR_KABKOTA, "36.73", () -> search.byNoKk(command.household().noKk()))).isEmpty();
        assertThatThrownBy(() -> as(Role.DATA_STEWARD, null, () -> search.byNik("12345")))
                .isInstanceOf(ValidationFailedException.class);
    }

    @Test
    void keysetPagesReturnEveryFamilyExactlyOnce() {
        SqlFamilies.insert(jdbc, KEYSET_DESA, 1234, 2);
        long expected = jdbc.sql("select count(*) from household where desa_code = :d").param("d", KEYSET_DESA)
                .query(Long.class).single();
        assertThat(expected).isGreaterThanOrEqualTo(1234);

        for (String region : List.of(KEYSET_DESA, "36.04.05", "3604")) {
            List<Long> seen = new ArrayList<>();
            Long after = null;
            int pages = 0;
            do {
                Long cursor = after;
                KeysetPage<HouseholdSummary> page = as(Role.OPERATOR_KABKOTA, "36.04",
                        () -> search.households(region, cursor, 100));
                page.items().forEach(h -> seen.add(h.id()));
                if (region.equals(KEYSET_DESA)) {
                    assertThat(page.items()).allSatisfy(h -> {
                        assertThat(h.desaCode()).isEqualTo(KEYSET_DESA);
                        assertThat(h.memberCount()).isEqualTo(2);
                        assertThat(h.headName()).startsWith("WARGA ");
                    });
                }
                after = page.nextAfter();
                pages++;
            } while (after != null);
            Set<Long> unique = new HashSet<>(seen);
            assertThat(unique).as(region).hasSameSizeAs(seen);
            assertThat(seen).as(region).isSorted();
            if (region.equals(KEYSET_DESA)) {
                assertThat((long) seen.size()).isEqualTo(expected);
                assertThat(pages).isEqualTo((int) ((expected + 99) / 100));
            } else {
                assertThat((long) seen.size()).isGreaterThanOrEqualTo(expected);
            }
        }
        // another kab/kota's operator sees none of them
        assertThat(as(Role.OPERATOR_KABKOTA, "36.02", () -> search.households(KEYSET_DESA, null, 100)).items()).isEmpty();
    }

    @Test
    void countsFamiliesAndPeoplePerRegionLevel() {
        SqlFamilies.insert(jdbc, COUNT_DESA, 40, 3);
        RegionCount desa = as(Role.PIMPINAN, null, () -> statistics.region(COUNT_DESA));
        assertThat(desa.households()).isEqualTo(40);
        assertThat(desa.persons()).isEqualTo(120);

        List<RegionCount> desas = as(Role.PIMPINAN, null, () -> statistics.children("36.04.05"));
        assertThat(desas).extracting(RegionCount::code).contains(COUNT_DESA, KEYSET_DESA);
        assertThat(desas).filteredOn(r -> r.code().equals(COUNT_DESA)).singleElement()
                .satisfies(r -> assertThat(r.persons()).isEqualTo(120));
        long kecamatanTotal = desas.stream().mapToLong(RegionCount::households).sum();

        List<RegionCount> kecamatans = as(Role.PIMPINAN, null, () -> statistics.children("3604"));
        RegionCount kramatwatu = kecamatans.stream().filter(r -> r.code().equals("36.04.05")).findFirst().orElseThrow();
        assertThat(kramatwatu.households()).isEqualTo(kecamatanTotal);
        assertThat(kramatwatu.name()).isEqualTo("Kramatwatu");

        List<RegionCount> kabkota = as(Role.PIMPINAN, null, () -> statistics.children("36"));
        assertThat(kabkota).hasSize(8);
        long kabSerang = kabkota.stream().filter(r -> r.code().equals("36.04")).findFirst().orElseThrow().households();
        assertThat(kabSerang).isEqualTo(kecamatans.stream().mapToLong(RegionCount::households).sum());
        assertThat(as(Role.PIMPINAN, null, () -> statistics.region("36")).households())
                .isEqualTo(kabkota.stream().mapToLong(RegionCount::households).sum());

        // an operator of Lebak gets no numbers for other kab/kota
        List<RegionCount> seenFromLebak = as(Role.OPERATOR_KABKOTA, "36.02", () -> statistics.children("36"));
        assertThat(seenFromLebak).filteredOn(r -> !r.code().equals("36.02")).allSatisfy(r -> assertThat(r.households()).isNull());
        assertThat(seenFromLebak).filteredOn(r -> r.code().equals("36.02")).singleElement()
                .satisfies(r -> assertThat(r.households()).isNotNull());
    }
}
