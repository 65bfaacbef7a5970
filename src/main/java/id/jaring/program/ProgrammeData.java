package id.jaring.program;

import java.time.LocalDate;

/**
 * What defines a programme (the command to create or change one). See {@link Programme}. A missing
 * {@code automaticExits} reads as {@link AutomaticExits#USULAN} (API clients written before it existed).
 */
public record ProgrammeData(String code, String name, String ownerAgency, LocalDate periodStart, LocalDate periodEnd,
        Integer maxDurationMonths, Integer componentCap, ProgrammeStatus status, Integer reentryWaitMonths,
        AutomaticExits automaticExits) {

    public ProgrammeData {
        automaticExits = automaticExits == null ? AutomaticExits.USULAN : automaticExits;
    }

    /** A programme without a re-entry wait whose automatic exits are proposals. */
    public ProgrammeData(String code, String name, String ownerAgency, LocalDate periodStart, LocalDate periodEnd,
            Integer maxDurationMonths, Integer componentCap, ProgrammeStatus status) {
        this(code, name, ownerAgency, periodStart, periodEnd, maxDurationMonths, componentCap, status, null,
                AutomaticExits.USULAN);
    }
}
