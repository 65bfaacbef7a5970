package id.jaring.registry;

/**
 * Changes a family's own data (not its members).
 *
 * @param version the version the operator saw; a stale one fails with CONCURRENT_MODIFICATION
 * @param status null keeps the current status
 */
public record EditHousehold(long householdId, long version, HouseholdData household, HouseholdStatus status,
        boolean confirmWarnings) {
}
