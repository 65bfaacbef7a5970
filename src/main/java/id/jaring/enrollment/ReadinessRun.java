package id.jaring.enrollment;

import java.time.Instant;

/**
 * One computation of the graduation readiness of every AKTIF enrolment.
 *
 * @param enrolments the enrolments given a readiness (null until FINISHED)
 * @param ready of those, the ones labelled SIAP
 */
public record ReadinessRun(long id, Integer setVersion, Trigger trigger, String triggerDetail, String requestedBy,
        Instant startedAt, Instant finishedAt, Status status, Long enrolments, Long ready) {

    /** Who or what asked: the page's button, the API, an import, a new active version, the nightly schedule. */
    public enum Trigger { MANUAL, API, IMPORT, SET, SCHEDULE }

    public enum Status { RUNNING, FINISHED, FAILED }
}
