package id.jaring.enrollment;

import java.time.LocalDate;
import java.util.List;

/**
 * One keyset page of a programme's membership clock in one kab/kota, soonest limit first (no limit
 * last), with the kab/kota's counts. {@code nextAfter} (the cursor for the next page) is null on
 * the last page.
 */
public record ClockPage(String programmeCode, Integer maxDurationMonths, String kabKotaCode, LocalDate asOf,
        ClockWindow window, ClockCounts counts, List<ClockEntry> items, String nextAfter) {

    public boolean last() {
        return nextAfter == null;
    }
}
