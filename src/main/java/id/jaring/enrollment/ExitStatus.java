package id.jaring.enrollment;

/** An exit proposal's state: proposed, verified (MANDIRI only), approved (the enrolment ended) or rejected. */
public enum ExitStatus {
    DIUSULKAN, DIVERIFIKASI, DISETUJUI, DITOLAK;

    /** Still waiting for a step (at most one open exit per enrolment). */
    public boolean open() {
        return this == DIUSULKAN || this == DIVERIFIKASI;
    }
}
