package id.jaring.enrollment;

/** Proposed (waiting for a second user), enrolled (a KPM), or rejected by the checker. */
public enum EnrolmentStatus {
    DIUSULKAN, AKTIF, DITOLAK
}
