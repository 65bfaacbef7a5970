package id.jaring.registry;

import java.time.LocalDate;

/**
 * Ends a person's current membership of a family: moved out, deceased (also records the date of
 * death), or a correction. The head's membership can only end when no other member remains.
 *
 * @param on last day of the membership (the date of death for MENINGGAL); null = today
 */
public record EndMembership(long householdId, long personId, MembershipEnd reason, LocalDate on) {
}
