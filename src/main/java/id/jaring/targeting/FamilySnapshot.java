package id.jaring.targeting;

import java.math.BigDecimal;
import java.util.List;

import id.jaring.registry.HouseholdStatus;
import id.jaring.registry.Welfare;

/**
 * One family as the rule language sees it: its household row, its welfare ranking (desil and
 * score null when the family has no rank yet) and its current living members.
 */
public record FamilySnapshot(long householdId, String noKk, String kabKotaCode, String desaCode,
        HouseholdStatus status, Welfare welfare, Integer desil, BigDecimal skor, List<MemberSnapshot> members) {

    public FamilySnapshot {
        welfare = welfare == null ? Welfare.UNKNOWN : welfare;
        members = List.copyOf(members);
    }
}
