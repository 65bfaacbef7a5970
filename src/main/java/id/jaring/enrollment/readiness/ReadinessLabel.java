package id.jaring.enrollment.readiness;

/** Siap graduasi (the score reaches the version's threshold and every required indicator is met), or belum siap. */
public enum ReadinessLabel {
    SIAP, BELUM_SIAP
}
