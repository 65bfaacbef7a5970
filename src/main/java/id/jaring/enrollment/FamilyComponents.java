package id.jaring.enrollment;

import java.time.LocalDate;
import java.util.List;

/**
 * Which components of a programme a family qualifies for, and through whom, at a date
 * ({@link NaturalGraduation#components}).
 *
 * @param activeEnrolmentId the family's AKTIF enrolment in the programme, null when it is not a KPM
 * @param components every component, highest amount per year first
 * @param withoutCondition the codes of components without a member condition (natural graduation is
 *        then not evaluated)
 * @param noComponentLeft the family is ACTIVE, has a living member, and none satisfies any condition
 * @param graduatesNaturally a KPM with no component left, every component having a condition: what
 *        {@link NaturalGraduation#candidates} lists
 */
public record FamilyComponents(String programmeCode, long householdId, String noKk, LocalDate asOf,
        String householdStatus, int livingMembers, Long activeEnrolmentId, Integer componentCap,
        List<ComponentQualification> components, List<String> withoutCondition, boolean noComponentLeft,
        boolean graduatesNaturally) {

    public FamilyComponents {
        components = List.copyOf(components);
        withoutCondition = List.copyOf(withoutCondition);
    }

    /** The components the family qualifies for and the cap keeps (what it would be paid for). */
    public List<ComponentQualification> paid() {
        return components.stream().filter(ComponentQualification::withinCap).toList();
    }
}
