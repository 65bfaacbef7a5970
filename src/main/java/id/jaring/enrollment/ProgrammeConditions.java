package id.jaring.enrollment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.jaring.program.BenefitComponent;
import id.jaring.program.Programme;
import id.jaring.registry.HouseholdStatus;
import id.jaring.targeting.Condition;
import id.jaring.targeting.FamilySnapshot;
import id.jaring.targeting.MemberCondition;
import id.jaring.targeting.MemberConditions;
import id.jaring.targeting.MemberOutcome;

/**
 * A programme's components, each with its member condition checked (parsed) once, evaluated for
 * families in Java with the reasons ({@link NaturalGraduation#components}, and the daily job for
 * every candidate of a run).
 */
record ProgrammeConditions(Programme programme, List<Checked> components) {

    /** A component and its checked member condition (null when it has none). */
    record Checked(BenefitComponent component, MemberCondition condition) {
    }

    ProgrammeConditions {
        components = List.copyOf(components);
    }

    /** Natural graduation can be assessed: there is a component, and every one has a member condition. */
    boolean assessable() {
        return !components.isEmpty() && components.stream().allMatch(c -> c.condition() != null);
    }

    /** The programme's tahap per year (the most among its components), or 0 when it has no component. */
    int tahapPerYear() {
        return components.stream().mapToInt(c -> c.component().tahapPerYear()).max().orElse(0);
    }

    /**
     * Which components the family qualifies for at {@code day}, through whom, the cap applied
     * (highest amounts first), and whether it graduates naturally.
     *
     * @param enrolmentId the family's AKTIF enrolment in the programme, null when it is not a KPM
     */
    FamilyComponents evaluate(FamilySnapshot family, Long enrolmentId, LocalDate day) {
        List<ComponentQualification> list = new ArrayList<>();
        List<String> withoutCondition = new ArrayList<>();
        int kept = 0;
        for (Checked checked : components) {
            BenefitComponent c = checked.component();
            if (checked.condition() == null) {
                withoutCondition.add(c.code());
                list.add(new ComponentQualification(c.code(), c.name(), c.amountPerYear(), c.amountPerTahap(), null, false,
                        false, List.of(), null));
                continue;
            }
            Condition why = MemberConditions.explain(family, checked.condition(), day);
            boolean qualifies = why.result().isTrue();
            boolean withinCap = qualifies && (programme.componentCap() == null || kept < programme.componentCap());
            kept += withinCap ? 1 : 0;
            List<Long> members = why.members().stream().filter(m -> m.result().isTrue()).map(MemberOutcome::personId).toList();
            list.add(new ComponentQualification(c.code(), c.name(), c.amountPerYear(), c.amountPerTahap(),
                    c.memberCondition(), qualifies, withinCap, members, why));
        }
        boolean active = family.status() == HouseholdStatus.AKTIF;
        boolean noneLeft = active && !family.members().isEmpty() && list.stream().noneMatch(ComponentQualification::qualifies);
        return new FamilyComponents(programme.code(), family.householdId(), family.noKk(), day, family.status().name(),
                family.members().size(), enrolmentId, programme.componentCap(), list, withoutCondition, noneLeft,
                enrolmentId != null && noneLeft && assessable());
    }
}
