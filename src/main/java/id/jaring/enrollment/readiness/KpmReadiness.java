package id.jaring.enrollment.readiness;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A KPM (an AKTIF enrolment) with its stored readiness: score, label, indicators met, how many
 * were missing, the version and when it was computed (all null until the first computation after
 * the family became a KPM), and the date of the family's latest field assessment (null: never).
 */
public record KpmReadiness(long enrolmentId, long householdId, String programmeCode, String noKk, String desaCode,
        LocalDate startDate, BigDecimal score, ReadinessLabel label, List<String> indicatorsMet,
        Integer indicatorsMissing, Integer setVersion, Instant computedAt, LocalDate lastAssessedOn) {
}
