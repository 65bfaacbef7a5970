package id.jaring.enrollment;

import id.jaring.targeting.Condition;

/**
 * Whether a family is selected by one programme's rule in force, and why.
 *
 * @param eligible the rule's result is TRUE and the family is AKTIF
 * @param condition the explanation tree: each condition with its result, the value it looked at and,
 *        under member quantifiers, every member's outcome and whether that member decided it
 * @param open the family's open enrolment in the programme (DIUSULKAN or AKTIF), null when none
 * @param proposable the caller may propose the family for this programme now: eligible, nothing open,
 *        a quota slot left in the family's kab/kota, and a role that proposes (the proposal checks again)
 */
public record ProgrammeEligibility(ProgrammeLabel programme, int ruleVersion, String rule, boolean eligible,
        Condition condition, EnrolmentStatus open, boolean proposable) {
}
