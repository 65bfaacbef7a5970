package id.jaring.enrollment;

import java.time.LocalDate;

/**
 * One family's time in a slot.
 *
 * @param endDate null while the family holds the slot
 * @param exitKind why the slot was freed (null while held)
 * @param exitId the approved exit that freed it (null while held)
 * @param replacesEnrolmentId the ended enrolment whose slot this family was proposed to take, if any
 */
public record SlotHolding(long enrolmentId, long householdId, String noKk, LocalDate startDate, LocalDate endDate,
        ExitKind exitKind, Long exitId, Long replacesEnrolmentId) {
}
