package id.jaring.registry;

import java.util.Map;

/**
 * Merge the record {@code duplicateId} INTO {@code survivorId}: both describe the same human.
 *
 * @param reason why (the steward's words, required, at most 500 characters)
 * @param evidence the record-linkage evidence the steward accepted (weights, compared values),
 *        kept with the merge as jsonb; nullable
 */
public record MergePersons(long survivorId, long duplicateId, String reason, Map<String, Object> evidence) {
}
