package id.jaring.program;

import java.time.LocalDate;

/**
 * A programme.
 *
 * @param periodEnd null when open-ended
 * @param maxDurationMonths the longest a family may stay a KPM (Jamsosratu: 60); null: no limit
 * @param componentCap at most this many components per family, keeping the highest-value ones; null: no cap
 */
public record Programme(long id, String code, String name, String ownerAgency, LocalDate periodStart,
        LocalDate periodEnd, Integer maxDurationMonths, Integer componentCap, ProgrammeStatus status) {

    /** True when families may be enrolled on {@code day}: AKTIF and the day inside the period. */
    public boolean runningOn(LocalDate day) {
        return status == ProgrammeStatus.AKTIF && !day.isBefore(periodStart)
                && (periodEnd == null || !day.isAfter(periodEnd));
    }

    /**
     * The last day of a membership starting on {@code start} ({@link MembershipTerm#lastDay}), or
     * null when there is no limit.
     */
    public LocalDate plannedEnd(LocalDate start) {
        return maxDurationMonths == null ? null : MembershipTerm.lastDay(start, maxDurationMonths);
    }

    public ProgrammeData data() {
        return new ProgrammeData(code, name, ownerAgency, periodStart, periodEnd, maxDurationMonths, componentCap, status);
    }
}
