package id.jaring.enrollment.readiness;

import java.math.BigDecimal;

/**
 * One indicator of one family's readiness: the family's value (a number, or the field assessment's
 * yes/no answer), what the version asks (threshold, weight, required), whether it is met, and the
 * points it gives. {@code missing}: no value (not recorded in the registry, or no field assessment);
 * a missing indicator is not met.
 */
public record IndicatorResult(ReadinessIndicator indicator, ReadinessIndicator.Kind kind, boolean fromField,
        BigDecimal value, Boolean answer, BigDecimal threshold, BigDecimal weight, boolean required, boolean met,
        BigDecimal points) {

    public boolean missing() {
        return value == null && answer == null;
    }
}
