package id.jaring.registry;

import java.time.Instant;

/**
 * A batch to merge: the intake batch id (the provenance of the values), the sending agency and
 * the time the values were received.
 */
public record BatchMerge(long batchId, String agencyCode, Instant receivedAt) {
}
