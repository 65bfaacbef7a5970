package id.jaring.enrollment;

import java.time.LocalDate;
import java.util.List;

/**
 * Which programmes a family is eligible for and why, and which it receives.
 *
 * @param householdStatus the family's registry status
 * @param active the status is AKTIF: only an active family is ever eligible
 * @param asOf the day the rules were evaluated (ages are computed on it)
 * @param eligibility one entry per programme running on {@code asOf} with a rule in force, by programme code
 * @param withoutRule programmes running on {@code asOf} without a rule (every active family may be proposed)
 * @param unreadableRule programmes running on {@code asOf} whose rule in force no longer parses (not evaluated:
 *        the data steward saves it again)
 * @param enrolments every enrolment of the family (proposed, enrolled, rejected), newest first
 */
public record FamilyProgrammesView(long householdId, String noKk, String householdStatus, boolean active, Integer desil,
        LocalDate asOf, List<ProgrammeEligibility> eligibility, List<ProgrammeLabel> withoutRule,
        List<ProgrammeLabel> unreadableRule, List<FamilyEnrolment> enrolments) {

    public FamilyProgrammesView {
        eligibility = List.copyOf(eligibility);
        withoutRule = List.copyOf(withoutRule);
        unreadableRule = List.copyOf(unreadableRule);
        enrolments = List.copyOf(enrolments);
    }
}
