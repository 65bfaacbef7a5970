package id.jaring.enrollment;

/**
 * Proposed (waiting for a second user), enrolled (a KPM), rejected by the checker, or ended (a
 * graduation or an exit was approved: see {@link Enrolment#exitKind()} and {@link Enrolment#endDate()}).
 */
public enum EnrolmentStatus {
    DIUSULKAN, AKTIF, DITOLAK, SELESAI
}
