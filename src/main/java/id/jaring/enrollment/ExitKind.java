package id.jaring.enrollment;

/**
 * Why an enrolment ends: three graduations and six exits (stable codes; names in the messages
 * {@code exit.kind.<CODE>}).
 */
public enum ExitKind {
    /** Self-sufficient: proposed by the pendamping (or the family's declaration), verified (verivali), approved. */
    MANDIRI,
    /** Natural: no member left for any component of the programme; proposed or decided by the daily job. */
    ALAMIAH,
    /** Time limit: the programme's maximum duration reached; proposed or decided by the daily job. */
    BATAS_WAKTU,
    MENINGGAL,
    /** Moved out of the province. */
    PINDAH_KELUAR,
    DUPLIKAT,
    /** Found ineligible in verivali. */
    TIDAK_LAYAK,
    /** Non-compliance (the escalation ladder of the conditions). */
    TIDAK_PATUH,
    /** Voluntary withdrawal. */
    MENGUNDURKAN_DIRI;

    /** A graduation (the re-entry guard applies afterwards), not an exit. */
    public boolean graduation() {
        return this == MANDIRI || this == ALAMIAH || this == BATAS_WAKTU;
    }

    /** The graduation kinds as an SQL list, {@code ('MANDIRI', 'ALAMIAH', 'BATAS_WAKTU')}, for {@code exit_kind in ...}. */
    static final String GRADUATIONS_SQL = java.util.Arrays.stream(values()).filter(ExitKind::graduation)
            .map(k -> "'" + k.name() + "'").collect(java.util.stream.Collectors.joining(", ", "(", ")"));

    /** Only the daily job proposes it ({@link EnrolmentExits#proposeAutomatic}); people cannot. */
    public boolean automatic() {
        return this == ALAMIAH || this == BATAS_WAKTU;
    }

    /** Needs verification (verivali) by a second user before the programme owner decides. */
    public boolean needsVerification() {
        return this == MANDIRI;
    }

    /** May rest on the family's own declaration. */
    public boolean declarable() {
        return this == MANDIRI || this == MENGUNDURKAN_DIRI;
    }
}
