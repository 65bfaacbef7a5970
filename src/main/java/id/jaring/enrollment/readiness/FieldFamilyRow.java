package id.jaring.enrollment.readiness;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A KPM family on the pendamping's list: its programmes, its readiness (the best of its enrolments;
 * null until computed) and its latest field assessment (null when never assessed).
 */
public record FieldFamilyRow(long householdId, String noKk, String kabKotaCode, String desaCode,
        List<String> programmeCodes, BigDecimal score, ReadinessLabel label, LocalDate lastAssessedOn,
        Integer lastVersion) {
}
