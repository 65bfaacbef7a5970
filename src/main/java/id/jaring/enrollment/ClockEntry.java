package id.jaring.enrollment;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * One KPM on the membership clock (docs/graduation.md).
 *
 * @param plannedEnd the last day as a KPM (start plus the programme's maximum duration, fixed at
 *        approval); null when the programme has no limit
 * @param limitDate the day after: the maximum duration is reached (graduation BATAS_WAKTU is due)
 * @param monthsLeft whole months from today to the limit date, and {@code daysLeft} the days beyond
 *        them (negative once the limit has passed); null without a limit
 * @param totalDaysLeft days from today to the limit date (1 on the last day, 0 on the limit date)
 */
public record ClockEntry(long enrolmentId, long householdId, String noKk, String kabKotaCode, String desaCode,
        LocalDate startDate, LocalDate plannedEnd, LocalDate limitDate, Long monthsLeft, Integer daysLeft,
        Long totalDaysLeft, ClockBand band) {

    static ClockEntry of(long enrolmentId, long householdId, String noKk, String kabKotaCode, String desaCode,
            LocalDate startDate, LocalDate plannedEnd, LocalDate today) {
        if (plannedEnd == null) {
            return new ClockEntry(enrolmentId, householdId, noKk, kabKotaCode, desaCode, startDate, null, null, null,
                    null, null, ClockBand.NO_LIMIT);
        }
        LocalDate limit = plannedEnd.plusDays(1);
        Period left = Period.between(today, limit);
        return new ClockEntry(enrolmentId, householdId, noKk, kabKotaCode, desaCode, startDate, plannedEnd, limit,
                left.toTotalMonths(), left.getDays(), ChronoUnit.DAYS.between(today, limit), ClockBand.of(plannedEnd, today));
    }

    /** The keyset cursor after this entry: its sort key (planned end, no limit last) and id. */
    String cursor() {
        return (plannedEnd == null ? ClockRows.NO_END : plannedEnd) + "." + enrolmentId;
    }
}
