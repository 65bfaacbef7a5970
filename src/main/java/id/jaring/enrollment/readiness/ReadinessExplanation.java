package id.jaring.enrollment.readiness;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Why a family is or is not ready to graduate, as of a day, under a version: every indicator with
 * its value and points, the score (sum of points), the highest possible score, the threshold and
 * the label. {@code fieldAssessmentId}: the field assessment used (the latest), null when none.
 */
public record ReadinessExplanation(long householdId, int setVersion, LocalDate asOf, BigDecimal score,
        BigDecimal maxScore, BigDecimal readyFrom, ReadinessLabel label, int indicatorsMissing, Long fieldAssessmentId,
        List<IndicatorResult> indicators) {

    /** The names of the indicators met, in catalogue order. */
    public List<String> indicatorsMet() {
        return indicators.stream().filter(IndicatorResult::met).map(r -> r.indicator().name()).toList();
    }
}
