package id.jaring.access;

/** What a user may do. Region and agency limits come from the {@link Scope}. */
public enum Role {
    /** Manages users, roles and tokens. */
    ADMIN,
    /** Provincial Dinas Sosial: owns the registry's data quality, sees the whole province. */
    DATA_STEWARD,
    /** Operator of an agency (OPD). */
    OPERATOR_OPD,
    /** Operator of one kab/kota: sees and changes only families of that kab/kota. */
    OPERATOR_KABKOTA,
    /** Field facilitator, bound to a region. */
    PENDAMPING,
    /** Leadership: reads dashboards. */
    PIMPINAN,
    /** Reads the audit trail. */
    AUDITOR;

    /** May register and edit families and people. */
    public boolean canEditRegistry() {
        return this == DATA_STEWARD || this == OPERATOR_OPD || this == OPERATOR_KABKOTA || this == ADMIN;
    }

    /** May open a person's full record. */
    public boolean canReadPersons() {
        return this != PIMPINAN;
    }

    /** May merge two records of the same person and undo such a merge (the data steward's call). */
    public boolean canMergePersons() {
        return this == DATA_STEWARD || this == ADMIN;
    }
}
