package id.jaring.enrollment;

import java.time.LocalDate;

/** Where one KPM stands against the programme's maximum duration today (see {@link ClockWindow}). */
public enum ClockBand {
    /** The last day has passed: the limit is reached, the graduation is due. */
    OVERDUE,
    /** The limit comes within 6 months. */
    UNDER_6_MONTHS,
    /** The limit comes in 6 to 12 months. */
    UNDER_12_MONTHS,
    /** The limit is more than 12 months away. */
    LATER,
    /** The programme has no maximum duration. */
    NO_LIMIT;

    static ClockBand of(LocalDate plannedEnd, LocalDate today) {
        if (plannedEnd == null) {
            return NO_LIMIT;
        }
        if (plannedEnd.isBefore(today)) {
            return OVERDUE;
        }
        if (plannedEnd.isBefore(today.plusMonths(6))) {
            return UNDER_6_MONTHS;
        }
        return plannedEnd.isBefore(today.plusMonths(12)) ? UNDER_12_MONTHS : LATER;
    }
}
