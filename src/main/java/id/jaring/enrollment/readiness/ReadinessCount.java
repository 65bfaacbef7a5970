package id.jaring.enrollment.readiness;

/** A programme's KPM in one kab/kota by readiness label; {@code notComputed}: not yet computed. */
public record ReadinessCount(String programmeCode, String programmeName, String kabKotaCode, String kabKotaName,
        long kpm, long ready, long notReady, long notComputed) {
}
