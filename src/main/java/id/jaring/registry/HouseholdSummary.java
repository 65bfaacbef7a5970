package id.jaring.registry;

/** One line of a family list. {@code headName} is null when the family has no current head. */
public record HouseholdSummary(long id, String noKk, String desaCode, String alamat, String rt, String rw,
        HouseholdStatus status, String headName, int memberCount) {
}
