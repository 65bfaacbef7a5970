package id.jaring.intake;

import java.time.Instant;

/**
 * An import batch was committed into the registry (published inside the commit's transaction:
 * listeners after commit see the new data). For example, targeting recomputes the welfare ranking.
 */
public record BatchCommitted(long batchId, String agencyCode, long newPersons, long updatedPersons, long newHouseholds,
        Instant committedAt) {
}
