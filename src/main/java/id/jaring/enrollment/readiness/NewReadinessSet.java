package id.jaring.enrollment.readiness;

import java.math.BigDecimal;
import java.util.List;

/** A new version: every indicator of the catalogue, based on an earlier version (or null). */
public record NewReadinessSet(Integer basedOn, String note, BigDecimal readyFrom, List<IndicatorWeight> indicators) {
}
