package id.jaring.enrollment.readiness;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A version of the readiness assessment: its indicators (empty in lists) and the score from which
 * a KPM is SIAP ({@code readyFrom}), provided every required indicator is met.
 */
public record ReadinessSet(int version, Integer basedOn, String note, BigDecimal readyFrom, String createdBy,
        Instant createdAt, boolean active, List<IndicatorWeight> indicators) {

    /** The highest score a family can reach: the sum of the weights. */
    public BigDecimal maxScore() {
        return indicators.stream().map(IndicatorWeight::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
