package id.jaring.targeting;

import java.util.Optional;

import org.springframework.stereotype.Service;

import id.jaring.targeting.internal.RankReads;

/**
 * The ranking of one family, for other modules (enrollment, graduation). Not scoped and not
 * audited: callers that answer users apply the user's scope themselves (the REST endpoint
 * {@code /api/v1/households/{id}/rank} does).
 */
@Service
public class HouseholdRanks {

    private final RankReads reads;

    HouseholdRanks(RankReads reads) {
        this.reads = reads;
    }

    /** The family's current rank; empty when it was not ranked (not active, or registered after the last run). */
    public Optional<HouseholdRank> of(long householdId) {
        return reads.of(householdId);
    }

    /** How many active families have no rank yet (none once a run has ranked the registry as it is now). */
    public long unrankedActiveFamilies() {
        return reads.unrankedActive();
    }
}
