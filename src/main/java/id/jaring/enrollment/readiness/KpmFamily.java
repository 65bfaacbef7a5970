package id.jaring.enrollment.readiness;

import java.util.List;

/** A family with at least one AKTIF enrolment the caller reaches, with the region its enrolments carry. */
public record KpmFamily(long householdId, String noKk, String kabKotaCode, String desaCode, List<Long> programmeIds) {
}
