package id.jaring.enrollment;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The payment stages (tahap) of a programme's year: the calendar year cut into {@code tahapPerYear}
 * periods of whole months (4: quarters ending 31 March, 30 June, 30 September, 31 December; 2: half
 * years; 1: the year; 12: months). Natural graduation happens "at the end of a tahap": the daily job
 * applies it on the first run on or after a tahap's last day ({@link #latestEndOnOrBefore}).
 */
record TahapCalendar(int tahapPerYear) {

    TahapCalendar {
        if (tahapPerYear < 1 || tahapPerYear > 12) {
            throw new IllegalArgumentException("tahap per year must lie in 1..12: " + tahapPerYear);
        }
    }

    /** The last day of the tahap that contains {@code day}. */
    LocalDate endOfTahapContaining(LocalDate day) {
        int index = (day.getMonthValue() - 1) * tahapPerYear / 12;
        int lastMonth = ((index + 1) * 12 + tahapPerYear - 1) / tahapPerYear;   // 1-based number of the tahap's last month
        return YearMonth.of(day.getYear(), lastMonth).atEndOfMonth();
    }

    /** The last day of the latest tahap that has ended on or before {@code day} (its own last day counts). */
    LocalDate latestEndOnOrBefore(LocalDate day) {
        LocalDate end = endOfTahapContaining(day);
        if (end.equals(day)) {
            return end;
        }
        int index = (day.getMonthValue() - 1) * tahapPerYear / 12;
        int firstMonth = (index * 12 + tahapPerYear - 1) / tahapPerYear + 1;   // first month of the tahap containing day
        return YearMonth.of(day.getYear(), firstMonth).atDay(1).minusDays(1);
    }
}
