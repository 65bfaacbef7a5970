package id.jaring.enrollment;

/**
 * Proposes a family for a programme: by household id, or by No. KK when the id is null.
 *
 * @param note why the family is proposed (free text, optional)
 * @param reentryOverrideReason only the data steward: why a family that graduated from the programme less than
 *        its re-entry wait ago may be proposed now (stored with the proposal and audited); null otherwise
 */
public record Propose(String programmeCode, Long householdId, String noKk, String note, String reentryOverrideReason) {

    public Propose(String programmeCode, Long householdId, String noKk, String note) {
        this(programmeCode, householdId, noKk, note, null);
    }
}
