package id.jaring.linkage;

/** Stable codes of the review queue's refusals (messages error.CODE in both bundles). */
public final class LinkageCodes {

    private LinkageCodes() {
    }

    public static final String REVIEW_REASON_REQUIRED = "REVIEW_REASON_REQUIRED";
    public static final String REVIEW_ALREADY_DECIDED = "REVIEW_ALREADY_DECIDED";
    public static final String REVIEW_NOT_ACCEPTED = "REVIEW_NOT_ACCEPTED";
}
