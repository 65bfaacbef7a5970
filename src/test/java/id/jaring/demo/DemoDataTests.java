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

import id.jaring.access.CurrentUser;
import id.jaring.access.SystemActor;
import id.jaring.access.UserProvisioning;
import id.jaring.enrollment.WaitingList;
import id.jaring.enrollment.WaitingListEntry;
import id.jaring.enrollment.WaitingListPage;
import id.jaring.program.ProgrammeRule;
import id.jaring.program.ProgrammeRules;
import id.jaring.registry.BulkLoadResult;
import id.jaring.registry.PersonMatch;
import id.jaring.registry.RegistryBulkLoad;
import id.jaring.registry.RegistrySearch;
import id.jaring.synth.GeneratorSettings;
import id.jaring.synth.SyntheticFamily;
import id.jaring.synth.SyntheticPerson;
import id.jaring.synth.SyntheticPopulation;
import id.jaring.support.TestUsers;
import id.jaring.targeting.HouseholdRanks;

/**
 * Two synthetic populations of different seeds share NIK and No. KK serials, so this class loads
 * one only: the mapping test runs first and the demo start then finds a registry with families
 * (which the bulk load left unranked, as the demo's own population would be).
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

    @Autowired
    HouseholdRanks ranks;

    @Autowired
    ProgrammeRules rules;

    @Autowired
    WaitingList waitingList;

    static final GeneratorSettings POPULATION = GeneratorSettings.of(3_000, 4242);

    @Test
    @Order(1)
    void syntheticFamiliesLoadIntoTheRegistryWithEveryField() {
        BulkLoadResult result = SystemActor.call(() -> bulkLoad.load(SyntheticFamilies.of(POPULATION), 500));
        assertThat(result.persons()).isEqualTo(3_000);

        SyntheticFamily family = SyntheticPopulation.families(POPULATION).skip(7).findFirst().orElseThrow();
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

    @Test
    @Order(3)
    void demoModeRanksTheFamiliesAndGivesPkhDaerahARuleSoThatWaitingListsAreFilled() throws Exception {
        seeder.run(new DefaultApplicationArguments("--demo")); // the second start: nothing more to rank or save

        SyntheticPerson head = SyntheticPopulation.families(POPULATION).skip(7).findFirst().orElseThrow().head();
        long household = SystemActor.call(() -> search.byNik(head.nik())).get(0).householdId();
        assertThat(ranks.of(household)).hasValueSatisfying(r -> assertThat(r.desil()).isBetween(1, 10));
        assertThat(ranks.unrankedActiveFamilies()).isZero();

        String demoRule = DemoTargeting.RULES.get("PKH_DAERAH").text();
        List<ProgrammeRule> versions = SystemActor.call(() -> rules.versions("PKH_DAERAH"));
        assertThat(versions).filteredOn(v -> v.text().equals(demoRule)).singleElement()
                .satisfies(v -> assertThat(v.createdBy()).isEqualTo("system"));
        assertThat(SystemActor.call(() -> rules.inForce("PKH_DAERAH"))).map(ProgrammeRule::text).contains(demoRule);

        assertThat(lebakWaitingList("JAMSOSRATU").items()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.desil()).isBetween(1, 4))
                .extracting(WaitingListEntry::desaCode).allMatch(desa -> desa.startsWith("36.02."));
        assertThat(lebakWaitingList("PKH_DAERAH").items()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.desil()).isBetween(1, 3));
    }

    /** The first page of a programme's waiting list as the demo's Lebak operator sees it. */
    private WaitingListPage lebakWaitingList(String programme) {
        DemoSeeder.DemoUser lebak = DemoSeeder.USERS.stream().filter(u -> u.username().equals("demo.lebak"))
                .findFirst().orElseThrow();
        long id = users.ensureUser(lebak.username(), lebak.displayName(), "tidak-dipakai-123", lebak.role(), lebak.scope());
        CurrentUser user = new CurrentUser(id, lebak.username(), lebak.role(), lebak.scope());
        return SystemActor.callAs(TestUsers.as(user), () -> waitingList.page(programme, "36.02", null, 100));
    }
}
