package id.jaring.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The tahap periods of a year and the latest tahap end on or before a day. */
class TahapCalendarTests {

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void quartersEndOnTheirLastDayAndTheDayBeforeBelongsToThePreviousQuarter() {
        TahapCalendar quarterly = new TahapCalendar(4);
        assertThat(quarterly.endOfTahapContaining(d("2028-02-29"))).isEqualTo(d("2028-03-31"));
        assertThat(quarterly.latestEndOnOrBefore(d("2026-06-29"))).isEqualTo(d("2026-03-31"));
        assertThat(quarterly.latestEndOnOrBefore(d("2026-06-30"))).isEqualTo(d("2026-06-30"));
        assertThat(quarterly.latestEndOnOrBefore(d("2026-07-01"))).isEqualTo(d("2026-06-30"));
        assertThat(quarterly.latestEndOnOrBefore(d("2026-01-15"))).isEqualTo(d("2025-12-31"));
        assertThat(quarterly.latestEndOnOrBefore(d("2026-12-31"))).isEqualTo(d("2026-12-31"));
    }

    @Test
    void otherCountsOfTahap() {
        assertThat(new TahapCalendar(1).latestEndOnOrBefore(d("2026-12-30"))).isEqualTo(d("2025-12-31"));
        assertThat(new TahapCalendar(2).latestEndOnOrBefore(d("2026-08-01"))).isEqualTo(d("2026-06-30"));
        assertThat(new TahapCalendar(12).latestEndOnOrBefore(d("2028-03-01"))).isEqualTo(d("2028-02-29"));
        // five tahap: months 1-3, 4-5, 6-8, 9-10, 11-12
        TahapCalendar five = new TahapCalendar(5);
        assertThat(five.endOfTahapContaining(d("2026-03-10"))).isEqualTo(d("2026-03-31"));
        assertThat(five.endOfTahapContaining(d("2026-04-10"))).isEqualTo(d("2026-05-31"));
        assertThat(five.latestEndOnOrBefore(d("2026-07-10"))).isEqualTo(d("2026-05-31"));
        assertThat(five.latestEndOnOrBefore(d("2026-11-01"))).isEqualTo(d("2026-10-31"));
        assertThatThrownBy(() -> new TahapCalendar(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
