package id.jaring.enrollment;

import java.time.LocalDate;
import java.util.List;

/** The membership clock of a programme per kab/kota the caller reaches, and their total, as of today. */
public record ClockSummary(String programmeCode, Integer maxDurationMonths, LocalDate asOf, List<ClockCounts> perKabKota,
        ClockCounts total) {
}
