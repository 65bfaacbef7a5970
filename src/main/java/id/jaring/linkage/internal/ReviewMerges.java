package id.jaring.linkage.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The registry's merge and unmerge, as the review queue calls them.
 *
 * <p>NOT YET CONNECTED: the registry's {@code PersonMerging} (merge/unmerge with provenance) is
 * being built on another branch and has not landed in main. Until it does, {@link #merge}
 * performs no merge and returns null; the review queue records the steward's acceptance with
 * no merge id and says so in the audit detail. Nothing is faked.
 */
@Component
public class ReviewMerges {

    /** @return the registry's merge id, or null when no merge was performed */
    public Long merge(long survivorId, long duplicateId, String reason, Map<String, Object> evidence) {
        return null;
    }

    public void unmerge(long mergeId, String reason) {
        throw new IllegalStateException("the registry cannot unmerge yet");
    }
}
