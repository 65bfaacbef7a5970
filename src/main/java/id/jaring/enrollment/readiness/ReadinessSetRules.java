package id.jaring.enrollment.readiness;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.jaring.platform.Violation;

/**
 * Checks a new version of the readiness assessment: a note, every indicator of the catalogue once
 * with a weight of 0 to 100 (at most 2 decimals), a threshold in the indicator's range where it
 * uses one and none where it does not, and a score from which a family is SIAP that some family
 * can reach (above 0, at most the sum of the weights). Pure Java.
 */
final class ReadinessSetRules {

    static final int NOTE_MAX = 500;
    static final BigDecimal WEIGHT_MAX = new BigDecimal("100");

    private ReadinessSetRules() {
    }

    static List<Violation> check(NewReadinessSet set) {
        List<Violation> found = new ArrayList<>();
        if (set.note() == null || set.note().isBlank()) {
            found.add(Violation.error(ReadinessCodes.READINESS_NOTE_REQUIRED, "note"));
        } else if (set.note().strip().length() > NOTE_MAX) {
            found.add(Violation.error(ReadinessCodes.READINESS_NOTE_TOO_LONG, "note", NOTE_MAX));
        }
        List<IndicatorWeight> indicators = set.indicators() == null ? List.of() : set.indicators();
        Set<ReadinessIndicator> seen = EnumSet.noneOf(ReadinessIndicator.class);
        BigDecimal maxScore = BigDecimal.ZERO;
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorWeight w = indicators.get(i);
            String field = "indicators[" + i + "]";
            String name = w == null ? null : w.indicator();
            Optional<ReadinessIndicator> known = name == null ? Optional.empty() : ReadinessIndicator.of(name);
            if (known.isEmpty()) {
                found.add(Violation.error(ReadinessCodes.READINESS_INDICATOR_UNKNOWN, field + ".indicator",
                        String.valueOf(name)));
                continue;
            }
            if (!seen.add(known.get())) {
                found.add(Violation.error(ReadinessCodes.READINESS_INDICATOR_DUPLICATE, field, w.indicator()));
                continue;
            }
            if (!weightValid(w.weight())) {
                found.add(Violation.error(ReadinessCodes.READINESS_WEIGHT_INVALID, field + ".weight", w.indicator()));
            } else {
                maxScore = maxScore.add(w.weight());
            }
            threshold(known.get(), w.threshold(), field, found);
        }
        for (ReadinessIndicator indicator : ReadinessIndicator.values()) {
            if (!seen.contains(indicator)) {
                found.add(Violation.error(ReadinessCodes.READINESS_INCOMPLETE, "indicators." + indicator.name(),
                        indicator.name()));
            }
        }
        BigDecimal readyFrom = set.readyFrom();
        if (readyFrom == null || readyFrom.signum() <= 0 || readyFrom.stripTrailingZeros().scale() > 2
                || readyFrom.compareTo(BigDecimal.valueOf(10_000)) > 0) {
            found.add(Violation.error(ReadinessCodes.READINESS_READY_FROM_INVALID, "readyFrom"));
        } else if (readyFrom.compareTo(maxScore) > 0) {
            found.add(Violation.error(ReadinessCodes.READINESS_READY_FROM_UNREACHABLE, "readyFrom",
                    maxScore.stripTrailingZeros().toPlainString()));
        }
        return found;
    }

    private static void threshold(ReadinessIndicator indicator, BigDecimal threshold, String field, List<Violation> found) {
        if (!indicator.usesThreshold()) {
            if (threshold != null) {
                found.add(Violation.error(ReadinessCodes.READINESS_THRESHOLD_NOT_USED, field + ".threshold",
                        indicator.name()));
            }
        } else if (threshold == null || !indicator.thresholdValid(threshold)) {
            found.add(Violation.error(ReadinessCodes.READINESS_THRESHOLD_INVALID, field + ".threshold", indicator.name()));
        }
    }

    private static boolean weightValid(BigDecimal weight) {
        return weight != null && weight.signum() >= 0 && weight.compareTo(WEIGHT_MAX) <= 0
                && weight.stripTrailingZeros().scale() <= 2;
    }
}
