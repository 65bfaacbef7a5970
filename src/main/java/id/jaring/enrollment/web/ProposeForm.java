package id.jaring.enrollment.web;

import id.jaring.enrollment.EnrolmentCodes;
import id.jaring.enrollment.Propose;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;

/** The "usulkan" form, as typed: a programme and a family by id or by No. KK. */
record ProposeForm(String programme, String householdId, String noKk, String note, String reentryOverrideReason) {

    Propose toCommand() {
        Long id = null;
        String idText = householdId == null ? "" : householdId.strip();
        if (!idText.isEmpty()) {
            try {
                id = Long.parseLong(idText);
            } catch (NumberFormatException e) {
                throw new ValidationFailedException(Violation.error(EnrolmentCodes.HOUSEHOLD_REQUIRED, "householdId"));
            }
        }
        String kk = noKk == null || noKk.isBlank() ? null : noKk.strip();
        return new Propose(programme, id, kk, note, reentryOverrideReason);
    }
}
