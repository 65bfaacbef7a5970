package id.jaring.enrollment;

/** A proposal made to hand on the slot of an ended enrolment was rejected: the next family is due. */
public record ReplacementRejected(long enrolmentId, long replacedEnrolmentId, String programmeCode,
        String kabKotaCode) {
}
