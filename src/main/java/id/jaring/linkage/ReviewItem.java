package id.jaring.linkage;

import java.time.Instant;
import java.util.List;

import id.jaring.platform.Violation;
import id.jaring.registry.PersonView;

/**
 * A review item with both records (read through the registry: scoped and audited) and the
 * evidence per comparison.
 *
 * @param candidate the registry person the row resembled
 * @param incoming  the person committed from the row
 * @param mergeId   the registry's merge, once accepted
 * @param mergeRefusals for an open item seen by someone who may decide: why the registry would refuse the
 *                  merge now (MERGE_* codes; empty: accepting merges)
 */
public record ReviewItem(ReviewSummary summary, List<ReviewEvidence> evidence, PersonView candidate, PersonView incoming,
        String decidedBy, Instant decidedAt, String decisionReason, Long mergeId, String undoneBy, Instant undoneAt,
        String undoReason, List<Violation> mergeRefusals) {
}
