package id.jaring.enrollment;

/**
 * Proposes a family for a programme: by household id, or by No. KK when the id is null.
 *
 * @param note why the family is proposed (free text, optional)
 */
public record Propose(String programmeCode, Long householdId, String noKk, String note) {
}
