package id.jaring.registry;

import java.time.Instant;

/**
 * One merge of a duplicate person record into a survivor ({@link PersonMerging}), and its undoing
 * when it was undone ({@code unmerged*} null while the merge stands).
 */
public record PersonMergeView(long id, long survivorId, long duplicateId, String reason, String mergedBy,
        Instant mergedAt, String unmergeReason, String unmergedBy, Instant unmergedAt) {

    /** True while the merge stands (it has not been undone). */
    public boolean active() {
        return unmergedAt == null;
    }
}
