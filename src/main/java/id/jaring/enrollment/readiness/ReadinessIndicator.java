package id.jaring.enrollment.readiness;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of readiness indicators: what each measures, where its value comes from (the
 * registry's data or the pendamping's field assessment), and which thresholds a version may set.
 * A version of the assessment gives every indicator a weight (points when met), a threshold and
 * whether it is required; how each value is read is fixed here and in {@link HouseholdCriteria}.
 */
public enum ReadinessIndicator {
    /** Monthly income per living member (rupiah) at or above the threshold (the poverty line). */
    PENGHASILAN_PER_KAPITA(Kind.RUPIAH, 1_000_000_000L, null),
    /** Living members aged 18 or more with an occupation: at least the threshold. */
    ANGGOTA_BEKERJA(Kind.COUNT, 20, null),
    /** Of floor, wall, roof and toilet, how many are decent: at least the threshold. */
    RUMAH_LAYAK(Kind.COUNT, 4, null),
    /** Share (%) of the school-age children (7 to 18) enrolled in school: at least the threshold. */
    ANAK_SEKOLAH(Kind.PERCENT, 100, null),
    /** Of savings, gold, land and livestock, how many the family has: at least the threshold. */
    TABUNGAN_ASET(Kind.COUNT, 4, null),
    /** Field assessment: a productive business or a steady income. */
    LAPANGAN_USAHA(Kind.YES_NO, 0, "usaha"),
    /** Field assessment: three meals a day and protein every week (BPS criteria 8 and 10). */
    LAPANGAN_PANGAN(Kind.YES_NO, 0, "pangan"),
    /** Field assessment: can pay for treatment at the puskesmas (BPS criterion 13). */
    LAPANGAN_KESEHATAN(Kind.YES_NO, 0, "kesehatan"),
    /** Field assessment: the family declares itself ready to stand on its own. */
    LAPANGAN_KESIAPAN(Kind.YES_NO, 0, "kesiapan");

    /** How the value reads and compares: rupiah, a count, a percentage, or a yes/no answer (no threshold). */
    public enum Kind {
        RUPIAH(0), COUNT(0), PERCENT(2), YES_NO(0);

        /** Decimals a threshold may have. */
        final int scale;

        Kind(int scale) {
            this.scale = scale;
        }
    }

    private final Kind kind;
    private final BigDecimal thresholdMax;
    private final String fieldColumn;

    ReadinessIndicator(Kind kind, long thresholdMax, String fieldColumn) {
        this.kind = kind;
        this.thresholdMax = BigDecimal.valueOf(thresholdMax);
        this.fieldColumn = fieldColumn;
    }

    public Kind kind() {
        return kind;
    }

    /** True for the answers of the pendamping's field assessment. */
    public boolean fromField() {
        return fieldColumn != null;
    }

    /** The column of {@code field_assessment} holding the answer; null for registry indicators. */
    String fieldColumn() {
        return fieldColumn;
    }

    public boolean usesThreshold() {
        return kind != Kind.YES_NO;
    }

    /** True when the threshold is allowed: 0 to the maximum, with at most the kind's decimals. */
    boolean thresholdValid(BigDecimal threshold) {
        return threshold.signum() >= 0 && threshold.compareTo(thresholdMax) <= 0
                && threshold.stripTrailingZeros().scale() <= kind.scale;
    }

    public static Optional<ReadinessIndicator> of(String name) {
        return Arrays.stream(values()).filter(i -> i.name().equals(name)).findFirst();
    }
}
