package id.jaring.enrollment;

import java.time.LocalDate;

/**
 * A graduated family followed up: its enrolment, No. KK, desa, how and when it graduated, its desil
 * when approved (entry), at graduation and now (targeting's household_rank; null: no rank), and
 * whether it fell back into poverty ({@code kembaliMiskin}, docs/graduation.md). No names, no NIK.
 */
public record FollowUpFamily(long enrolmentId, long householdId, String noKk, String desaCode, ExitKind kind,
        LocalDate startDate, LocalDate endDate, Integer desilAtEntry, Integer desilAtEnd, Integer desilNow,
        boolean kembaliMiskin) {
}
