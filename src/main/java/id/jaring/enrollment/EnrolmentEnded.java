package id.jaring.enrollment;

import java.time.LocalDate;

/**
 * A KPM's enrolment ended (an approved graduation or exit): its slot in the programme's quota of
 * the kab/kota is free from {@code endDate}. Published in the transaction that ended it.
 */
public record EnrolmentEnded(long enrolmentId, long exitId, long programmeId, String programmeCode,
        String kabKotaCode, long householdId, ExitKind kind, LocalDate endDate, int slotNo) {
}
