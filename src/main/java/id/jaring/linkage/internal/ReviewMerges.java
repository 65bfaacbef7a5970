package id.jaring.linkage.internal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.jaring.platform.Violation;
import id.jaring.registry.MergePersons;
import id.jaring.registry.PersonMerging;

/**
 * The registry's merge and unmerge ({@link PersonMerging}), as the review queue calls them: the
 * registry checks roles, scope and its own rules (e.g. two valid NIKs are never merged) and
 * audits the merge; its refusals reach the steward as they are.
 */
@Component
public class ReviewMerges {

    private final PersonMerging merging;

    ReviewMerges(PersonMerging merging) {
        this.merging = merging;
    }

    /** @return the registry's merge id */
    public Long merge(long survivorId, long duplicateId, String reason, Map<String, Object> evidence) {
        return merging.merge(new MergePersons(survivorId, duplicateId, reason, evidence)).id();
    }

    /** Why the registry would refuse to merge the pair now (empty: it would merge). */
    public List<Violation> refusals(long survivorId, long duplicateId) {
        return merging.mergeRefusals(survivorId, duplicateId);
    }

    public void unmerge(long mergeId, String reason) {
        merging.unmerge(mergeId, reason);
    }
}
