package id.jaring.program;

/**
 * What the daily job's automatic graduations (time limit, natural graduation) of a programme are:
 * proposals a person of the programme owner decides, or decisions the system takes at once.
 */
public enum AutomaticExits {
    /** The job proposes; the programme owner approves or rejects. */
    USULAN,
    /** The job decides: the enrolment ends at once, recorded as decided by the system. */
    KEPUTUSAN
}
