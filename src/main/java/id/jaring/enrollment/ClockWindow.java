package id.jaring.enrollment;

/**
 * Which KPM a membership clock list shows, by the last day of their membership (planned end) against
 * today: every one; those past their limit and still active (OVERDUE: the last day is before today);
 * those whose limit comes within 6 or within 12 months (the last day is today or later and before
 * today plus 6 or 12 months; the 12-month list includes the 6-month one).
 */
public enum ClockWindow {
    ALL("true"),
    OVERDUE("e.planned_end_date < :clock_today"),
    WITHIN_6_MONTHS("e.planned_end_date >= :clock_today and e.planned_end_date < :clock_in6"),
    WITHIN_12_MONTHS("e.planned_end_date >= :clock_today and e.planned_end_date < :clock_in12");

    final String sql;

    ClockWindow(String sql) {
        this.sql = sql;
    }
}
