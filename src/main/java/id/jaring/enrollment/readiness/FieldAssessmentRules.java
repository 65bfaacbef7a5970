package id.jaring.enrollment.readiness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.jaring.platform.Violation;

/**
 * Checks a field assessment: the visit's date (not after today, not before the family's previous
 * assessment, so that the latest recorded is also the latest visit), a yes/no answer to every field
 * indicator and to nothing else, notes of at most 2,000 characters. Pure Java.
 */
final class FieldAssessmentRules {

    static final int NOTES_MAX = 2000;

    private FieldAssessmentRules() {
    }

    static List<Violation> check(NewFieldAssessment input, LocalDate today, LocalDate previous) {
        List<Violation> found = new ArrayList<>();
        LocalDate on = input.assessedOn();
        if (on == null) {
            found.add(Violation.error(ReadinessCodes.FIELD_ASSESSMENT_DATE_REQUIRED, "assessedOn"));
        } else if (on.isAfter(today)) {
            found.add(Violation.error(ReadinessCodes.FIELD_ASSESSMENT_DATE_FUTURE, "assessedOn", today));
        } else if (previous != null && on.isBefore(previous)) {
            found.add(Violation.error(ReadinessCodes.FIELD_ASSESSMENT_DATE_BEFORE_PREVIOUS, "assessedOn", previous));
        }
        Map<String, Boolean> answers = input.answers() == null ? Map.of() : input.answers();
        for (ReadinessIndicator indicator : ReadinessIndicator.values()) {
            if (indicator.fromField() && answers.get(indicator.name()) == null) {
                found.add(Violation.error(ReadinessCodes.FIELD_ASSESSMENT_ANSWER_REQUIRED, "answers." + indicator.name(),
                        indicator.name()));
            }
        }
        for (String key : answers.keySet()) {
            if (ReadinessIndicator.of(key).filter(ReadinessIndicator::fromField).isEmpty()) {
                found.add(Violation.error(ReadinessCodes.READINESS_INDICATOR_UNKNOWN, "answers." + key, key));
            }
        }
        if (input.notes() != null && input.notes().strip().length() > NOTES_MAX) {
            found.add(Violation.error(ReadinessCodes.FIELD_ASSESSMENT_NOTES_TOO_LONG, "notes", NOTES_MAX));
        }
        return found;
    }
}
