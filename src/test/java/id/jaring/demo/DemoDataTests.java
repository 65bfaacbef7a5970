package id.jaring.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

import id.jaring.access.SystemActor;
import id.jaring.access.UserProvisioning;
import id.jaring.registry.BulkLoadResult;
import id.jaring.registry.PersonMatch;
import id.jaring.registry.RegistryBulkLoad;
import id.jaring.registry.RegistrySearch;
import id.jaring.synth.GeneratorSettings;
import id.jaring.synth.SyntheticFamily;
import id.jaring.synth.SyntheticPerson;
import id.jaring.synth.SyntheticPopulation;

/**
 * Two synthetic populations of different seeds share NIK and No. KK serials, so this class loads
 * one only: the mapping test runs first and the demo start then finds a registry with families.
 */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoDataTests {

    @Autowired
    RegistryBulkLoad bulkLoad;

    @Autowired
    RegistrySearch search;

    @Autowired
    UserProvisioning users;

    @Autowired
    DemoSeeder seeder;

    @Test
    @Order(1)
    void syntheticFamiliesLoadIntoTheRegistryWithEveryField() {
        GeneratorSettings settings = GeneratorSettings.of(3_000, 4242);
        BulkLoadResult result = SystemActor.call(() -> bulkLoad.load(SyntheticFamilies.of(settings), 500));
        assertThat(result.persons()).isEqualTo(3_000);

        SyntheticFamily family = SyntheticPopulation.families(settings).skip(7).findFirst().orElseThrow();
        SyntheticPerson head = family.head();
        List<PersonMatch> found = SystemActor.call(() -> search.byNik(head.nik()));
        assertThat(found).singleElement().satisfies(match -> {
            assertThat(match.nama()).isEqualTo(head.name());
            assertThat(match.noKk()).isEqualTo(family.noKk());
            assertThat(match.desaCode()).isEqualTo(family.regionCode());
        });
    }

    @Test
    @Order(2)
    void demoModeCreatesOneUserPerRole() throws Exception {
        seeder.run(new DefaultApplicationArguments("--demo"));
        assertThat(SystemActor.call(() -> search.households(null, null, 1).items())).isNotEmpty();
        assertThat(DemoSeeder.USERS).allSatisfy(u -> assertThat(users.userExists(u.username())).isTrue());
        assertThat(DemoSeeder.USERS).extracting(DemoSeeder.DemoUser::role).doesNotHaveDuplicates().hasSize(7);
    }
}
