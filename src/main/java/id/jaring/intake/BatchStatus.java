package id.jaring.intake;

/** Where an import batch stands: UPLOADED -> MAPPED -> STAGED -> VALIDATED -> COMMITTED, or ABANDONED / FAILED. */
public enum BatchStatus {
    UPLOADED, MAPPED, STAGED, VALIDATED, COMMITTED, ABANDONED, FAILED;

    /** Nothing more happens to the batch. */
    public boolean isFinal() {
        return this == COMMITTED || this == ABANDONED || this == FAILED;
    }
}
