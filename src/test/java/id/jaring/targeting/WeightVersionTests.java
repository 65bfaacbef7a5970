package id.jaring.targeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import id.jaring.access.Role;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.targeting.internal.NewWeightSet;
import id.jaring.targeting.internal.Weight;
import id.jaring.targeting.internal.WeightSet;
import id.jaring.targeting.internal.WeightSets;

/** A new weight version changes the scores, is recorded with every rank and run, and is audited. */
@SpringBootTest
class WeightVersionTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    WeightSets weightSets;
    @Autowired
    WelfareRanking ranking;
    @Autowired
    HouseholdRanks ranks;
    @Autowired
    TargetingTestSupport support;

    @Test
    void aNewVersionChangesScoresOnceActivatedAndIsRecorded() {
        RankFamilies f = new RankFamilies(jdbc);
        long family = f.household(RankFamilies.SERANG_DESA);
        f.set(family, "jenis_lantai", "TANAH");
        int previous = weightSets.active().version();
        // TANAH floors now 10.125 points instead of 0 (decimals are exact), everything else as before
        List<Weight> changed = weightSets.active().weights().stream()
                .map(w -> w.variable().equals("jenis_lantai") && "TANAH".equals(w.category())
                        ? new Weight(w.variable(), w.category(), null, new BigDecimal("10.125")) : w)
                .toList();
        try {
            RankingRun before = support.as(Role.DATA_STEWARD, () -> ranking.recompute());
            BigDecimal scoreBefore = ranks.of(family).orElseThrow().score();
            WeightSet created = support.as(Role.DATA_STEWARD,
                    () -> weightSets.create(new NewWeightSet(previous, "TANAH 10,125 poin", changed)));
            assertThat(created.active()).isFalse();
            assertThat(created.basedOn()).isEqualTo(previous);
            assertThat(created.createdBy()).isEqualTo("test-data_steward");
            assertThat(created.weights()).hasSameSizeAs(changed);
            // not active yet: a run still uses the previous version
            support.as(Role.DATA_STEWARD, () -> ranking.recompute());
            assertThat(ranks.of(family).orElseThrow().weightsVersion()).isEqualTo(previous);

            support.as(Role.DATA_STEWARD, () -> weightSets.activate(created.version()));
            RankingRun after = support.as(Role.DATA_STEWARD, () -> ranking.recompute());

            assertThat(before.weightsVersion()).isEqualTo(previous);
            assertThat(after.weightsVersion()).isEqualTo(created.version());
            assertThat(ranks.of(family)).get().satisfies(r -> {
                assertThat(r.weightsVersion()).isEqualTo(created.version());
                assertThat(r.score()).isEqualByComparingTo(scoreBefore.add(new BigDecimal("10.125")));
            });
            assertThat(audited("WEIGHT_SET", created.version(), "CREATE")).isEqualTo(1);
            assertThat(audited("WEIGHT_SET", created.version(), "UPDATE")).isEqualTo(1);
            assertThat(weightSets.list()).filteredOn(WeightSet::active).extracting(WeightSet::version)
                    .containsExactly(created.version());
        } finally {
            if (weightSets.active().version() != previous) {
                support.as(Role.DATA_STEWARD, () -> weightSets.activate(previous));
            }
            support.awaitQueuedRuns();
        }
        // activating queued runs with the set, as the steward who activated
        assertThat(jdbc.sql("select count(*) from ranking_run where trigger = 'WEIGHTS' and requested_by = 'test-data_steward'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void onlyStewardsAndAdministratorsChangeWeightsOrRun() {
        NewWeightSet any = new NewWeightSet(1, "x", List.of());
        for (Role role : List.of(Role.OPERATOR_OPD, Role.OPERATOR_KABKOTA, Role.PENDAMPING, Role.PIMPINAN, Role.AUDITOR)) {
            assertThatThrownBy(() -> support.as(role, () -> weightSets.create(any))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> support.as(role, () -> weightSets.activate(1))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> support.as(role, () -> ranking.recompute())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> support.as(role, () -> ranking.requestRecompute())).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void anInvalidSetIsRefusedWithCodesAndNothingIsStored() {
        long versions = jdbc.sql("select count(*) from pmt_weight_set").query(Long.class).single();
        List<Weight> weights = weightSets.find(1).orElseThrow().weights().stream()
                .map(w -> "TANAH".equals(w.category()) ? new Weight(w.variable(), w.category(), null, new BigDecimal("5000")) : w)
                .toList();
        assertThatThrownBy(() -> support.as(Role.ADMIN, () -> weightSets.create(new NewWeightSet(99_999, "", weights))))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code)
                        .containsExactlyInAnyOrder("WEIGHT_NOTE_REQUIRED", "WEIGHT_VALUE_INVALID", "WEIGHT_VERSION_UNKNOWN"));
        assertThat(jdbc.sql("select count(*) from pmt_weight_set").query(Long.class).single()).isEqualTo(versions);
    }

    @Test
    void theDefaultSetIsCompleteAndActiveOrActivatable() {
        WeightSet first = weightSets.find(1).orElseThrow();
        assertThat(first.createdBy()).isEqualTo("system");
        // the default set passes the same rules as every new set
        WeightSet copy = support.as(Role.DATA_STEWARD,
                () -> weightSets.create(new NewWeightSet(1, "salinan bawaan", first.weights())));
        assertThat(copy.weights()).hasSameSizeAs(first.weights());
    }

    private long audited(String type, int id, String action) {
        return jdbc.sql("select count(*) from audit_event where entity_type = :t and entity_id = :id and action = :a")
                .param("t", type).param("id", Integer.toString(id)).param("a", action).query(Long.class).single();
    }
}
