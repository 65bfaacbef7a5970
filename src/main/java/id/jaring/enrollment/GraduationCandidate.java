package id.jaring.enrollment;

import java.time.LocalDate;

/** An active KPM for whom no component of the programme remains (natural graduation, ALAMIAH, is due). */
public record GraduationCandidate(long enrolmentId, long householdId, String noKk, String kabKotaCode, String desaCode,
        LocalDate startDate) {
}
