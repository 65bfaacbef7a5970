package id.jaring.enrollment.readiness;

import java.math.BigDecimal;

/**
 * One indicator of a version: the points it gives when met, the threshold its value must reach
 * (null for a yes/no answer), and whether a KPM can be SIAP without meeting it.
 */
public record IndicatorWeight(String indicator, BigDecimal weight, BigDecimal threshold, boolean required) {

    public ReadinessIndicator catalogue() {
        return ReadinessIndicator.valueOf(indicator);
    }
}
