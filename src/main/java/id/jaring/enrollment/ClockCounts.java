package id.jaring.enrollment;

/**
 * A programme's KPM in one kab/kota (or in all the caller reaches, {@code kabKotaCode} null) by
 * their place on the clock: all of them, past the limit, within 6 and within 12 months of it
 * (the 12 includes the 6), and without a limit.
 */
public record ClockCounts(String kabKotaCode, String kabKotaName, long kpm, long overdue, long within6Months,
        long within12Months, long noLimit) {

    ClockCounts plus(ClockCounts other) {
        return new ClockCounts(null, null, kpm + other.kpm, overdue + other.overdue, within6Months + other.within6Months,
                within12Months + other.within12Months, noLimit + other.noLimit);
    }
}
