package id.jaring.linkage;

/** Where a review item stands. */
public enum ReviewStatus {
    /** Proposed, waiting for a data steward. */
    OPEN,
    /** The same person: merged. */
    ACCEPTED,
    /** Not the same person: never proposed again. */
    REJECTED,
    /** Accepted, then the merge was undone. */
    UNDONE
}
