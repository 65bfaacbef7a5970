package id.jaring.targeting;

import java.time.LocalDate;

/**
 * Why a family is or is not selected by a rule: the family, the date ages were computed at,
 * whether it is ACTIVE (only active families are ever eligible), the rule's result and the
 * condition tree with the members and values that decided each part.
 */
public record Explanation(long householdId, String noKk, String kabKotaCode, String desaCode, String status,
        Integer desil, String rule, LocalDate asOf, boolean active, boolean eligible, Condition condition) {
}
