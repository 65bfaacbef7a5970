package id.jaring.enrollment;

/** A programme as a family's view names it: its code and name, and the agency (OPD) that owns it. */
public record ProgrammeLabel(String code, String name, String agencyCode, String agencyName) {
}
