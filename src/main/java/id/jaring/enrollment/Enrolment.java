package id.jaring.enrollment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A family's enrolment in a programme (a proposal until approved).
 *
 * @param noKk the family's No. KK when it was proposed
 * @param startDate the day the family became a KPM (null unless AKTIF)
 * @param plannedEndDate start plus the programme's maximum duration (null: no limit, or not yet a KPM)
 */
public record Enrolment(long id, long programmeId, String programmeCode, long householdId, String noKk,
        String kabKotaCode, String desaCode, EnrolmentStatus status, String proposedBy, Instant proposedAt,
        String proposalNote, String decidedBy, Instant decidedAt, String decisionReason, LocalDate startDate,
        LocalDate plannedEndDate) {
}
