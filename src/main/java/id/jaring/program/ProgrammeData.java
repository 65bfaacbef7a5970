package id.jaring.program;

import java.time.LocalDate;

/**
 * What defines a programme (the command to create or change one). See {@link Programme}. A missing
 * {@code automaticExits} (API clients written before it existed) is {@link AutomaticExits#USULAN} for
 * a new programme and the programme's current setting for a change ({@link #withAutomaticExitsOr}).
 */
public record ProgrammeData(String code, String name, String ownerAgency, LocalDate periodStart, LocalDate periodEnd,
        Integer maxDurationMonths, Integer componentCap, ProgrammeStatus status, Integer reentryWaitMonths,
        AutomaticExits automaticExits) {

    /** This data with {@code automaticExits} given, when it has none. */
    public ProgrammeData withAutomaticExitsOr(AutomaticExits fallback) {
        return automaticExits != null ? this : new ProgrammeData(code, name, ownerAgency, periodStart, periodEnd,
                maxDurationMonths, componentCap, status, reentryWaitMonths, fallback);
    }

    /** A programme without a re-entry wait whose automatic exits are proposals. */
    public ProgrammeData(String code, String name, String ownerAgency, LocalDate periodStart, LocalDate periodEnd,
            Integer maxDurationMonths, Integer componentCap, ProgrammeStatus status) {
        this(code, name, ownerAgency, periodStart, periodEnd, maxDurationMonths, componentCap, status, null,
                AutomaticExits.USULAN);
    }
}
