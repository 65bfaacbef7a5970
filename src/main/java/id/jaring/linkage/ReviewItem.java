package id.jaring.linkage;

import java.time.Instant;
import java.util.List;

import id.jaring.registry.PersonView;

/**
 * A review item with both records (read through the registry: scoped and audited) and the
 * evidence per comparison.
 *
 * @param candidate the registry person the row resembled
 * @param incoming  the person committed from the row
 * @param mergeId   the registry's merge, once accepted
 */
public record ReviewItem(ReviewSummary summary, List<ReviewEvidence> evidence, PersonView candidate, PersonView incoming,
        String decidedBy, Instant decidedAt, String decisionReason, Long mergeId, String undoneBy, Instant undoneAt,
        String undoReason) {
}
