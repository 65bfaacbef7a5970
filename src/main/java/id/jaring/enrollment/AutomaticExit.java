package id.jaring.enrollment;

/**
 * What {@link EnrolmentExits#proposeAutomatic} did.
 *
 * @param exit the exit proposed or decided now, or the one found (the enrolment's open exit, or the
 *        approved exit that ended it); null when the enrolment is not a KPM and never was (nothing to end)
 * @param created true when this call proposed or decided (a new exit, or the job's own earlier proposal
 *        decided now); false when it found the work done (a repeated call: idempotent)
 */
public record AutomaticExit(EnrolmentExit exit, boolean created) {
}
