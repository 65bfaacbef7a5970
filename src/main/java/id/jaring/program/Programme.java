package id.jaring.program;

import java.time.LocalDate;

/**
 * A programme.
 *
 * @param periodEnd null when open-ended
 * @param maxDurationMonths the longest a family may stay a KPM (Jamsosratu: 60); null: no limit
 * @param componentCap at most this many components per family, keeping the highest-value ones; null: no cap
 * @param reentryWaitMonths a graduated family may be proposed again this many months after its end date at the
 *        earliest (the data steward may override with a reason); null: no waiting period
 * @param automaticExits whether the daily job's time-limit and natural graduations are proposals or decisions
 */
public record Programme(long id, String code, String name, String ownerAgency, LocalDate periodStart,
        LocalDate periodEnd, Integer maxDurationMonths, Integer componentCap, ProgrammeStatus status,
        Integer reentryWaitMonths, AutomaticExits automaticExits) {

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

    /**
     * The first day a family whose membership ended with a graduation on {@code graduated} may be
     * proposed again (java.time month arithmetic: 31 Jan + 1 month = 28/29 Feb, as PostgreSQL's
     * {@code date + interval}); {@code graduated} itself when there is no waiting period.
     */
    public LocalDate reentryFrom(LocalDate graduated) {
        return reentryWaitMonths == null ? graduated : graduated.plusMonths(reentryWaitMonths);
    }

    public ProgrammeData data() {
        return new ProgrammeData(code, name, ownerAgency, periodStart, periodEnd, maxDurationMonths, componentCap, status,
                reentryWaitMonths, automaticExits);
    }
}
