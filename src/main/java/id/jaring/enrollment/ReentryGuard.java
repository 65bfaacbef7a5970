package id.jaring.enrollment;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.jaring.access.CurrentUser;
import id.jaring.access.Role;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.program.Programme;

/**
 * The re-entry guard: a family whose enrolment in a programme ended with a graduation (MANDIRI,
 * ALAMIAH, BATAS_WAKTU) may not be proposed again before {@link Programme#reentryFrom} of that end
 * date, unless the data steward overrides it with a reason. Exits that are no graduation (a death,
 * a duplicate, ...) start no waiting period. The waiting list leaves such families out with the
 * same arithmetic in SQL ({@link #WAITING_SQL}).
 */
@Component
class ReentryGuard {

    /**
     * The waiting list's condition on family {@code h}: no graduation from the programme whose end
     * date plus {@code :wl_wait} months (PostgreSQL clamps to the month's end, as java.time does)
     * lies after {@code :wl_today}.
     */
    static final String WAITING_SQL = """
            not exists (select 1 from enrolment g where g.programme_id = :wl_programme and g.household_id = h.id
                        and g.status = 'SELESAI' and g.exit_kind in %s
                        and (g.end_date + make_interval(months => :wl_wait))::date > :wl_today)
            """.formatted(ExitKind.GRADUATIONS_SQL);

    private final EnrolmentRows rows;
    private final Refusals refusals;

    ReentryGuard(EnrolmentRows rows, Refusals refusals) {
        this.rows = rows;
        this.refusals = refusals;
    }

    /**
     * The override reason to store with the proposal: null when the family may be proposed anyway
     * (an override given then is not needed and not stored).
     *
     * @throws ValidationFailedException ENROLMENT_REENTRY_WAIT without an override,
     *         ENROLMENT_REENTRY_OVERRIDE_STEWARD_ONLY when someone else overrides, TOO_LONG (audited as refusals)
     */
    String check(CurrentUser user, Programme programme, long householdId, String kabKota, String override,
            LocalDate today) {
        Optional<LocalDate> graduated = rows.lastGraduation(programme.id(), householdId);
        if (graduated.isEmpty() || !today.isBefore(programme.reentryFrom(graduated.get()))) {
            return null;
        }
        String reason = override == null ? "" : override.strip();
        if (reason.isEmpty()) {
            throw refusals.refuse("PROPOSE", programme.code(), householdId, null, kabKota,
                    Violation.error(EnrolmentCodes.REENTRY_WAIT, "householdId", programme.code(),
                            graduated.get().toString(), programme.reentryFrom(graduated.get()).toString()));
        }
        if (user.role() != Role.DATA_STEWARD) {
            throw refusals.refuse("PROPOSE", programme.code(), householdId, null, kabKota,
                    Violation.error(EnrolmentCodes.REENTRY_OVERRIDE_STEWARD_ONLY, "reentryOverrideReason"));
        }
        if (reason.length() > EnrolmentProposals.NOTE_MAX) {
            throw new ValidationFailedException(
                    Violation.error(EnrolmentCodes.TOO_LONG, "reentryOverrideReason", EnrolmentProposals.NOTE_MAX));
        }
        return reason;
    }

    /** True when the family may not be proposed today without an override. */
    boolean waiting(Programme programme, long householdId, LocalDate today) {
        return rows.lastGraduation(programme.id(), householdId)
                .map(g -> today.isBefore(programme.reentryFrom(g))).orElse(false);
    }
}
