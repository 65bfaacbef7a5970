package id.jaring.targeting;

import java.time.Instant;

/**
 * One ranking run: every active family scored and ranked with one weight set.
 *
 * @param weightsVersion     null only if the run failed before choosing a set
 * @param triggerDetail      e.g. the import batch id
 * @param families           families ranked (null while running or after a failure)
 * @param familiesIncomplete ranked families with at least one PMT variable missing
 */
public record RankingRun(long id, Integer weightsVersion, Trigger trigger, String triggerDetail, String requestedBy,
        Instant startedAt, Instant finishedAt, Status status, Long families, Long familiesIncomplete) {

    public enum Status { RUNNING, FINISHED, FAILED }

    /** What started it: the page's button, an import commit, a weight set activated, a module's call. */
    public enum Trigger { MANUAL, IMPORT, WEIGHTS, API }
}
