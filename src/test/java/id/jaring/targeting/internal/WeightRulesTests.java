package id.jaring.targeting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.jaring.platform.Violation;

/** Validation of new weight sets, pure Java, on a complete set built from the catalogue. */
class WeightRulesTests {

    /** A complete set: 1 point for every code, bands from 0 and 100, missing 0. */
    static List<Weight> complete() {
        List<Weight> weights = new ArrayList<>();
        for (PmtVariable v : PmtVariable.values()) {
            weights.add(new Weight(v.key(), null, null, BigDecimal.ZERO));
            if (v.kind() == PmtVariable.Kind.BAND) {
                weights.add(new Weight(v.key(), null, BigDecimal.ZERO, BigDecimal.ONE));
                weights.add(new Weight(v.key(), null, new BigDecimal("100"), BigDecimal.TEN));
            } else {
                for (String code : v.openList() ? List.of(PmtVariable.OTHER, "PNS") : v.categories()) {
                    weights.add(new Weight(v.key(), code, null, BigDecimal.ONE));
                }
            }
        }
        return weights;
    }

    private static List<String> codes(List<Weight> weights, String note) {
        return WeightRules.check(new NewWeightSet(1, note, weights)).stream().map(Violation::code).toList();
    }

    @Test
    void aCompleteSetPasses() {
        assertThat(WeightRules.check(new NewWeightSet(1, "uji", complete()))).isEmpty();
    }

    @Test
    void pointsOutOfRangeOrTooPreciseAreInvalid() {
        List<Weight> weights = complete();
        weights.set(1, new Weight(weights.get(1).variable(), weights.get(1).category(), weights.get(1).bandFrom(),
                new BigDecimal("1000.5")));
        weights.set(2, new Weight(weights.get(2).variable(), weights.get(2).category(), weights.get(2).bandFrom(),
                new BigDecimal("1.0001")));
        weights.set(3, new Weight(weights.get(3).variable(), weights.get(3).category(), weights.get(3).bandFrom(), null));
        List<Violation> found = WeightRules.check(new NewWeightSet(1, "uji", weights));
        assertThat(found).extracting(Violation::code).containsExactly("WEIGHT_VALUE_INVALID", "WEIGHT_VALUE_INVALID",
                "WEIGHT_VALUE_INVALID");
        assertThat(found).extracting(Violation::field).containsExactly("weights[1].points", "weights[2].points",
                "weights[3].points");
    }

    @Test
    void unknownVariablesAndCodesAndMisplacedBandsAreNamed() {
        List<Weight> weights = complete();
        weights.add(new Weight("warna_rumah", "MERAH", null, BigDecimal.ONE));
        weights.add(new Weight("jenis_lantai", "EMAS", null, BigDecimal.ONE));
        weights.add(new Weight("jenis_lantai", null, BigDecimal.ONE, BigDecimal.ONE));
        weights.add(new Weight("aset_motor", null, new BigDecimal("-1"), BigDecimal.ONE));
        assertThat(codes(weights, "uji")).containsExactly("WEIGHT_VARIABLE_UNKNOWN", "WEIGHT_CATEGORY_UNKNOWN",
                "WEIGHT_BAND_INVALID", "WEIGHT_BAND_INVALID");
    }

    @Test
    void everyCodeEveryFirstBandAndTheMissingPointsAreRequired() {
        List<Weight> weights = new ArrayList<>(complete());
        weights.removeIf(w -> w.variable().equals("jenis_lantai") && "TANAH".equals(w.category()));
        weights.removeIf(w -> w.variable().equals("aset_motor") && w.bandFrom() != null && w.bandFrom().signum() == 0);
        weights.removeIf(w -> w.variable().equals("tanggungan") && w.isMissingValue());
        weights.removeIf(w -> w.variable().equals("pekerjaan_kepala") && PmtVariable.OTHER.equals(w.category()));
        List<Violation> found = WeightRules.check(new NewWeightSet(1, "uji", weights));
        assertThat(found).extracting(Violation::code).containsOnly("WEIGHT_INCOMPLETE");
        assertThat(found).extracting(v -> v.args().get(0) + "=" + v.args().get(1))
                .containsExactlyInAnyOrder("jenis_lantai=TANAH", "aset_motor=0", "tanggungan=?", "pekerjaan_kepala=LAINNYA");
    }

    @Test
    void duplicatesAndAMissingNoteAreRefused() {
        List<Weight> weights = complete();
        weights.add(new Weight("jenis_lantai", "TANAH", null, BigDecimal.TEN));
        weights.add(new Weight("aset_motor", null, new BigDecimal("100.00"), BigDecimal.TEN));
        assertThat(codes(weights, " ")).containsExactly("WEIGHT_NOTE_REQUIRED", "WEIGHT_DUPLICATE", "WEIGHT_DUPLICATE");
        assertThat(codes(complete(), "x".repeat(501))).containsExactly("WEIGHT_NOTE_TOO_LONG");
    }

    @Test
    void openListLabelsMustBeUpperCaseText() {
        List<Weight> weights = complete();
        weights.add(new Weight("pekerjaan_kepala", "petani", null, BigDecimal.ONE));
        weights.add(new Weight("pekerjaan_kepala", "NELAYAN TAMBAK", null, BigDecimal.ONE));
        assertThat(codes(weights, "uji")).containsExactly("WEIGHT_CATEGORY_UNKNOWN");
    }
}
