package id.jaring.enrollment;

import java.time.LocalDate;

/**
 * One enrolment of a family, whatever its status, as the family's view lists it.
 *
 * @param proposedOn the day of the proposal (Asia/Jakarta)
 * @param decidedOn the day of the approval or rejection, null while proposed
 * @param startDate the day the family became a KPM (AKTIF only)
 * @param plannedEndDate the last day of the membership under the programme's maximum duration, null without a limit
 */
public record FamilyEnrolment(long id, ProgrammeLabel programme, EnrolmentStatus status, LocalDate proposedOn,
        LocalDate decidedOn, LocalDate startDate, LocalDate plannedEndDate) {
}
