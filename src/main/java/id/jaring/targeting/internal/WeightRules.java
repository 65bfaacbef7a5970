package id.jaring.targeting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.jaring.platform.Violation;

/**
 * Checks a new weight set: every value known and in range, and the set complete (every code of
 * a categorical variable, LAINNYA for open lists, bands starting at 0, a missing-value row for
 * every variable), so that every family gets points for every variable. Pure Java.
 */
final class WeightRules {

    static final int NOTE_MAX = 500;
    static final BigDecimal POINTS_LIMIT = new BigDecimal("1000");
    static final BigDecimal BAND_LIMIT = new BigDecimal("1000000000000");
    static final int CATEGORY_MAX = 60;

    private WeightRules() {
    }

    static List<Violation> check(NewWeightSet set) {
        List<Violation> found = new ArrayList<>();
        if (set.note() == null || set.note().isBlank()) {
            found.add(Violation.error(TargetingCodes.WEIGHT_NOTE_REQUIRED, "note"));
        } else if (set.note().length() > NOTE_MAX) {
            found.add(Violation.error(TargetingCodes.WEIGHT_NOTE_TOO_LONG, "note", NOTE_MAX));
        }
        List<Weight> weights = set.weights() == null ? List.of() : set.weights();
        Set<String> seen = new HashSet<>();
        Map<PmtVariable, List<Weight>> byVariable = new HashMap<>();
        for (int i = 0; i < weights.size(); i++) {
            Weight w = weights.get(i);
            String field = "weights[" + i + "]";
            var variable = w.variable() == null ? java.util.Optional.<PmtVariable>empty() : PmtVariable.ofKey(w.variable());
            if (variable.isEmpty()) {
                found.add(Violation.error(TargetingCodes.WEIGHT_VARIABLE_UNKNOWN, field + ".variable", String.valueOf(w.variable())));
                continue;
            }
            if (!pointsValid(w.points())) {
                found.add(Violation.error(TargetingCodes.WEIGHT_VALUE_INVALID, field + ".points", w.variable(), POINTS_LIMIT));
            }
            PmtVariable v = variable.get();
            if (w.category() != null && w.bandFrom() != null) {
                found.add(Violation.error(TargetingCodes.WEIGHT_BAND_INVALID, field + ".bandFrom", w.variable()));
                continue;
            }
            if (w.bandFrom() != null && (v.kind() != PmtVariable.Kind.BAND || w.bandFrom().signum() < 0
                    || w.bandFrom().compareTo(BAND_LIMIT) >= 0 || w.bandFrom().scale() > 2)) {
                found.add(Violation.error(TargetingCodes.WEIGHT_BAND_INVALID, field + ".bandFrom", w.variable()));
                continue;
            }
            if (w.category() != null && !categoryKnown(v, w.category())) {
                found.add(Violation.error(TargetingCodes.WEIGHT_CATEGORY_UNKNOWN, field + ".category", w.variable(),
                        w.category()));
                continue;
            }
            String key = v.key() + "|" + w.category() + "|" + (w.bandFrom() == null ? null : w.bandFrom().stripTrailingZeros());
            if (!seen.add(key)) {
                found.add(Violation.error(TargetingCodes.WEIGHT_DUPLICATE, field, w.variable()));
                continue;
            }
            byVariable.computeIfAbsent(v, k -> new ArrayList<>()).add(w);
        }
        for (PmtVariable v : PmtVariable.values()) {
            completeness(v, byVariable.getOrDefault(v, List.of()), found);
        }
        return found;
    }

    private static void completeness(PmtVariable v, List<Weight> given, List<Violation> found) {
        String field = "variables." + v.key();
        if (given.stream().noneMatch(Weight::isMissingValue)) {
            found.add(Violation.error(TargetingCodes.WEIGHT_INCOMPLETE, field, v.key(), "?"));
        }
        if (v.kind() == PmtVariable.Kind.BAND) {
            if (given.stream().noneMatch(w -> w.bandFrom() != null && w.bandFrom().signum() == 0)) {
                found.add(Violation.error(TargetingCodes.WEIGHT_INCOMPLETE, field, v.key(), "0"));
            }
            return;
        }
        List<String> required = v.openList() ? List.of(PmtVariable.OTHER) : v.categories();
        for (String code : required) {
            if (given.stream().noneMatch(w -> code.equals(w.category()))) {
                found.add(Violation.error(TargetingCodes.WEIGHT_INCOMPLETE, field, v.key(), code));
            }
        }
    }

    private static boolean pointsValid(BigDecimal points) {
        return points != null && points.abs().compareTo(POINTS_LIMIT) <= 0 && points.stripTrailingZeros().scale() <= 3;
    }

    private static boolean categoryKnown(PmtVariable v, String category) {
        if (v.kind() != PmtVariable.Kind.CATEGORY) {
            return false;
        }
        if (v.openList()) {
            return !category.isBlank() && category.length() <= CATEGORY_MAX && category.equals(normalise(category));
        }
        return v.categories().contains(category);
    }

    /** Open-list labels are compared as the ranking reads them: upper case, trimmed. */
    static String normalise(String category) {
        return category == null ? null : category.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
