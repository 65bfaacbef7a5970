package id.jaring.enrollment.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.jaring.platform.Violation;

/** A new version is complete, in range, and reachable; every refusal has its code and field. */
class ReadinessSetRulesTests {

    static List<String> codes(NewReadinessSet set) {
        return ReadinessSetRules.check(set).stream().map(v -> v.code() + "@" + v.field()).toList();
    }

    static NewReadinessSet with(java.util.function.Consumer<List<IndicatorWeight>> change, String readyFrom) {
        List<IndicatorWeight> weights = new ArrayList<>(ReadinessFixtures.spreadingSet("x").indicators());
        change.accept(weights);
        return new NewReadinessSet(null, "catatan", readyFrom == null ? null : new BigDecimal(readyFrom), weights);
    }

    @Test
    void theTestSetIsValid() {
        assertThat(ReadinessSetRules.check(ReadinessFixtures.spreadingSet("valid"))).isEmpty();
    }

    @Test
    void noteIsRequiredAndShort() {
        NewReadinessSet base = ReadinessFixtures.spreadingSet(" ");
        assertThat(codes(base)).containsExactly("READINESS_NOTE_REQUIRED@note");
        assertThat(codes(new NewReadinessSet(null, "x".repeat(501), base.readyFrom(), base.indicators())))
                .containsExactly("READINESS_NOTE_TOO_LONG@note");
    }

    @Test
    void everyIndicatorOnceWithAValidWeight() {
        assertThat(codes(with(w -> w.remove(1), "60"))).containsExactly("READINESS_INCOMPLETE@indicators.ANGGOTA_BEKERJA");
        assertThat(codes(with(w -> w.add(w.get(0)), "60"))).containsExactly("READINESS_INDICATOR_DUPLICATE@indicators[9]");
        assertThat(codes(with(w -> w.add(ReadinessFixtures.weight("DESIL", "5", null, false)), "60")))
                .containsExactly("READINESS_INDICATOR_UNKNOWN@indicators[9].indicator");
        // a null entry (e.g. "indicators": [..., null] over the API) is an unknown indicator, not a 500
        assertThat(codes(with(w -> w.add(null), "60"))).containsExactly("READINESS_INDICATOR_UNKNOWN@indicators[9].indicator");
        assertThat(codes(with(w -> w.set(2, ReadinessFixtures.weight("RUMAH_LAYAK", "100.5", "3", false)), "60")))
                .containsExactly("READINESS_WEIGHT_INVALID@indicators[2].weight");
        assertThat(codes(with(w -> w.set(2, ReadinessFixtures.weight("RUMAH_LAYAK", "-1", "3", false)), "60")))
                .containsExactly("READINESS_WEIGHT_INVALID@indicators[2].weight");
        assertThat(codes(with(w -> w.set(2, ReadinessFixtures.weight("RUMAH_LAYAK", "1.005", "3", false)), "60")))
                .containsExactly("READINESS_WEIGHT_INVALID@indicators[2].weight");
    }

    @Test
    void thresholdsWithinEachIndicatorsRange() {
        assertThat(codes(with(w -> w.set(2, ReadinessFixtures.weight("RUMAH_LAYAK", "10", "5", false)), "60")))
                .containsExactly("READINESS_THRESHOLD_INVALID@indicators[2].threshold");
        assertThat(codes(with(w -> w.set(3, ReadinessFixtures.weight("ANAK_SEKOLAH", "10", "100.01", false)), "60")))
                .containsExactly("READINESS_THRESHOLD_INVALID@indicators[3].threshold");
        assertThat(codes(with(w -> w.set(3, ReadinessFixtures.weight("ANAK_SEKOLAH", "10", "66.67", false)), "60"))).isEmpty();
        assertThat(codes(with(w -> w.set(0, ReadinessFixtures.weight("PENGHASILAN_PER_KAPITA", "25", "684232.5", true)), "60")))
                .containsExactly("READINESS_THRESHOLD_INVALID@indicators[0].threshold");
        assertThat(codes(with(w -> w.set(0, ReadinessFixtures.weight("PENGHASILAN_PER_KAPITA", "25", null, true)), "60")))
                .containsExactly("READINESS_THRESHOLD_INVALID@indicators[0].threshold");
        assertThat(codes(with(w -> w.set(5, ReadinessFixtures.weight("LAPANGAN_USAHA", "10", "1", false)), "60")))
                .containsExactly("READINESS_THRESHOLD_NOT_USED@indicators[5].threshold");
    }

    @Test
    void theReadyScoreIsPositiveAndReachable() {
        // the test set's weights sum to 100
        assertThat(codes(with(w -> { }, "100"))).isEmpty();
        assertThat(codes(with(w -> { }, "100.01"))).containsExactly("READINESS_READY_FROM_UNREACHABLE@readyFrom");
        assertThat(ReadinessSetRules.check(with(w -> { }, "100.01"))).extracting(Violation::args)
                .containsExactly(List.of("100"));
        assertThat(codes(with(w -> { }, "0"))).containsExactly("READINESS_READY_FROM_INVALID@readyFrom");
        assertThat(codes(with(w -> { }, null))).containsExactly("READINESS_READY_FROM_INVALID@readyFrom");
    }
}
