package id.jaring.enrollment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One run of the daily graduation job (time limits and natural graduation of every running
 * programme). Counts are null until FINISHED.
 *
 * @param programmes the running programmes the run went through
 * @param created exits written by the run (proposals and decisions, both kinds)
 * @param skipped enrolments due whose exit was already there (an open exit, or ended): nothing written
 * @param tahapApplied the programmes (codes) for which this run applied natural graduation at a tahap's end
 * @param notAssessed the programmes not assessed for natural graduation (a component without a member condition, or none)
 */
public record GraduationRun(long id, Integer programmes, Trigger trigger, String triggerDetail, String requestedBy,
        Instant startedAt, Instant finishedAt, Status status, Long created, Long skipped, LocalDate asOf,
        KindCounts timeLimit, KindCounts natural, String tahapApplied, String notAssessed) {

    /** Who asked: the page's button, the API, the daily schedule. */
    public enum Trigger { MANUAL, API, SCHEDULE }

    public enum Status { RUNNING, FINISHED, FAILED }

    /** Per kind: proposals written (USULAN), decisions taken (KEPUTUSAN), enrolments skipped (already there). */
    public record KindCounts(Integer proposed, Integer decided, Integer skipped) {
    }
}
