package id.jaring.enrollment;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * A family's enrolment in a programme (a proposal until approved).
 *
 * @param noKk the family's No. KK when it was proposed
 * @param startDate the day the family became a KPM (null unless AKTIF)
 * @param plannedEndDate start plus the programme's maximum duration (null: no limit, or not yet a KPM)
 * @param eligibilityResult the programme's rule evaluated for the family at proposal, replaced at approval
 *        (JSON: ruleVersion, rule, asOf, result, eligible, condition tree; result NO_RULE when the
 *        programme had none); null for enrolments made before rules were checked
 * @param endDate the day the enrolment ended (SELESAI): the family is no longer a KPM from that day
 * @param exitKind why it ended (SELESAI only)
 * @param slotNo the numbered slot of the programme's quota in the kab/kota held while AKTIF (kept after the end)
 * @param replacesEnrolmentId the ended enrolment whose slot this proposal hands on (null: an ordinary proposal)
 * @param reentryOverrideReason why the data steward let a recently graduated family be proposed again (null: no override)
 */
public record Enrolment(long id, long programmeId, String programmeCode, long householdId, String noKk,
        String kabKotaCode, String desaCode, EnrolmentStatus status, String proposedBy, Instant proposedAt,
        String proposalNote, String decidedBy, Instant decidedAt, String decisionReason, LocalDate startDate,
        LocalDate plannedEndDate, @JsonRawValue String eligibilityResult, LocalDate endDate, ExitKind exitKind,
        Integer slotNo, Long replacesEnrolmentId, String reentryOverrideReason, String reentryOverrideBy) {
}
