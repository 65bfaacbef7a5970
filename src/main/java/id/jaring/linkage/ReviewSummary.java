package id.jaring.linkage;

import java.time.Instant;

/**
 * A line of the review queue.
 *
 * @param candidatePersonId the registry person the batch row resembled
 * @param newPersonId       the person committed from the row (or, for a row of a known person, that person)
 * @param weight            total match weight (log2)
 * @param probability       posterior match probability under the person model
 * @param reason            DOUBTFUL (in the band), DUPLICATE (a known person surely resembling another
 *                          registered person)
 */
public record ReviewSummary(long id, long batchId, long candidatePersonId, long newPersonId, double weight,
        double probability, String reason, ReviewStatus status, String kabKotaCode, Instant createdAt) {
}
