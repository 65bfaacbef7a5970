package id.jaring.program;

/** A programme's life: being prepared, running, closed. Families are enrolled only while AKTIF. */
public enum ProgrammeStatus {
    DRAFT, AKTIF, DITUTUP
}
