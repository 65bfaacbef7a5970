package id.jaring.enrollment;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * A graduation or exit proposal of one enrolment and its decision.
 *
 * @param exitDate the enrolment's end date, once approved
 * @param registryConfirms what the registry said at proposal about the kind: true (a member died,
 *        the family is marked PINDAH or DUPLIKAT, the rule in force no longer selects it), false (it
 *        shows nothing of the kind), null (the registry cannot know, e.g. a withdrawal)
 * @param evidence the family snapshot and registry facts at proposal (JSON, no names or NIK)
 * @param eligibilityResult the programme's rule in force evaluated at proposal (JSON, with the rule version)
 * @param decisionEvidence the family snapshot at the decision (JSON), null before
 * @param assessment the readiness assessment the proposal refers to (JSON), null when none
 */
public record EnrolmentExit(long id, long enrolmentId, String programmeCode, long householdId, String noKk,
        String kabKotaCode, String desaCode, ExitKind kind, ExitStatus status, ExitSource source, String reason,
        String proposedBy, Instant proposedAt, String verifiedBy, Instant verifiedAt, String verificationNote,
        String decidedBy, Instant decidedAt, String decisionReason, LocalDate exitDate, Boolean registryConfirms,
        @JsonRawValue String evidence, @JsonRawValue String eligibilityResult, @JsonRawValue String decisionEvidence,
        @JsonRawValue String assessment) {
}
