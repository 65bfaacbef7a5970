package id.jaring.enrollment.readiness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A pendamping's field assessment of a family: the visit's date, the answer to every field
 * indicator (by indicator name, in catalogue order), notes, who recorded it and when. Versioned per
 * family: the highest version is the one readiness uses.
 */
public record FieldAssessment(long id, long householdId, int version, String kabKotaCode, String desaCode,
        LocalDate assessedOn, Map<String, Boolean> answers, String notes, String assessedBy, Instant recordedAt) {

    public Boolean answer(ReadinessIndicator indicator) {
        return answers.get(indicator.name());
    }
}
