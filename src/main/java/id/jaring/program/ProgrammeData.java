package id.jaring.program;

import java.time.LocalDate;

/** What defines a programme (the command to create or change one). See {@link Programme}. */
public record ProgrammeData(String code, String name, String ownerAgency, LocalDate periodStart, LocalDate periodEnd,
        Integer maxDurationMonths, Integer componentCap, ProgrammeStatus status) {
}
