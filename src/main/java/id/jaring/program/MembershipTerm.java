package id.jaring.program;

import java.time.LocalDate;

/**
 * What "at most N months in the programme" means, day by day (docs/graduation.md, "The membership
 * clock"). A membership that starts on day S has lasted N months on the first day D with
 * {@code S <= D.minusMonths(N)}: the same day of the month N months later, or, when that month is
 * too short for the day (a start on 29 February, 31 August, ...), the first day of the month after.
 * That is how the rule language counts ages: someone born on 29 February turns a year older on
 * 1 March in common years. So a start on 29 February 2024 reaches five years on 1 March 2029 and
 * its last day as a KPM is 28 February 2029; a start on 28 February 2023 reaches them on
 * 28 February 2028 (a leap year: its 29 February is still inside) and its last day is 27 February 2028.
 */
public final class MembershipTerm {

    private MembershipTerm() {
    }

    /** The first day on which a membership started on {@code start} has lasted {@code months} months. */
    public static LocalDate limit(LocalDate start, int months) {
        LocalDate sameDay = start.plusMonths(months);
        // plusMonths clamps to the month's last day; that day is still short of the full months
        return sameDay.getDayOfMonth() < start.getDayOfMonth() ? sameDay.plusDays(1) : sameDay;
    }

    /** The last day as a KPM: the day before {@link #limit}. */
    public static LocalDate lastDay(LocalDate start, int months) {
        return limit(start, months).minusDays(1);
    }
}
