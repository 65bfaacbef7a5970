package id.jaring.enrollment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import id.jaring.enrollment.readiness.FamilyReadiness;
import id.jaring.enrollment.readiness.ReadinessExplanation;
import id.jaring.program.Programme;
import id.jaring.registry.HouseholdStatus;
import id.jaring.registry.MembershipEnd;
import id.jaring.registry.MembershipView;
import id.jaring.registry.RegistryLookup;
import id.jaring.targeting.FamilySnapshot;
import id.jaring.targeting.MemberSnapshot;

/**
 * What an exit rests on: the family read once as for an enrolment ({@link FamilyEvidence}, one
 * audited READ, no names or NIK), the programme's rule in force evaluated for it (rule version and
 * result), and what the registry already knows about the kind (key {@code registri}): members who
 * died since the enrolment started (memberships ended MENINGGAL, or current members with a date of
 * death), the family's status (PINDAH, DUPLIKAT), and whether that confirms the kind
 * ({@code mengonfirmasi}: true, false, or null when the registry cannot know). A MANDIRI
 * graduation also keeps the family's readiness (score, label, each indicator) on the same snapshot.
 */
@Component
class ExitEvidence {

    /**
     * The stored evidence (with the registry's answer under {@code registri}), the rule's result, and
     * for a MANDIRI graduation the family's graduation readiness at the proposal (null for the other kinds).
     */
    record Taken(Map<String, Object> evidence, Map<String, Object> eligibility, ReadinessExplanation assessment) {
    }

    private final FamilyEvidence families;
    private final EligibilityEvidence eligibility;
    private final RegistryLookup registry;
    private final FamilyReadiness readiness;

    ExitEvidence(FamilyEvidence families, EligibilityEvidence eligibility, RegistryLookup registry,
            FamilyReadiness readiness) {
        this.readiness = readiness;
        this.families = families;
        this.eligibility = eligibility;
        this.registry = registry;
    }

    /**
     * @param automatic the daily job's own evidence (kept under {@code otomatis}); null for people's proposals
     */
    Taken take(Programme programme, EnrolmentRows.Row enrolment, ExitKind kind, LocalDate today,
            Map<String, ?> automatic) {
        FamilyEvidence.Family family = families.of(enrolment.householdId(), today);
        return taken(enrolment, kind, today, automatic, family,
                eligibility.evidenceEvaluator(programme, today).apply(family.household()),
                registry.householdMemberships(enrolment.householdId()));
    }

    /**
     * The evidence of many enrolments of one programme at once (the daily job): their families and
     * memberships read in bulk (one READ per family for {@code purpose}), the rule in force read once.
     */
    Batch batch(Programme programme, List<EnrolmentRows.Row> enrolments, LocalDate today, String purpose) {
        List<Long> households = enrolments.stream().map(EnrolmentRows.Row::householdId).distinct().toList();
        return new Batch(families.of(households, today, purpose), registry.householdMemberships(households),
                eligibility.evidenceEvaluator(programme, today), today);
    }

    /** Evidence taken in bulk by {@link #batch}. */
    final class Batch {
        private final Map<Long, FamilyEvidence.Family> families;
        private final Map<Long, List<MembershipView>> memberships;
        private final Function<FamilySnapshot, EligibilityEvidence.Result> rule;
        private final LocalDate today;

        private Batch(Map<Long, FamilyEvidence.Family> families, Map<Long, List<MembershipView>> memberships,
                Function<FamilySnapshot, EligibilityEvidence.Result> rule, LocalDate today) {
            this.families = families;
            this.memberships = memberships;
            this.rule = rule;
            this.today = today;
        }

        /** The family as read, or empty when it was out of the caller's scope. */
        Optional<FamilySnapshot> family(long householdId) {
            return Optional.ofNullable(families.get(householdId)).map(FamilyEvidence.Family::household);
        }

        /** As {@link ExitEvidence#take} for an enrolment of the batch whose family was read. */
        Taken take(EnrolmentRows.Row enrolment, ExitKind kind, Map<String, ?> automatic) {
            FamilyEvidence.Family family = families.get(enrolment.householdId());
            return taken(enrolment, kind, today, automatic, family, rule.apply(family.household()),
                    memberships.getOrDefault(enrolment.householdId(), List.of()));
        }
    }

    private Taken taken(EnrolmentRows.Row enrolment, ExitKind kind, LocalDate today, Map<String, ?> automatic,
            FamilyEvidence.Family family, EligibilityEvidence.Result rule, List<MembershipView> memberships) {
        int died = deaths(enrolment, family, memberships);
        Boolean confirms = switch (kind) {
            case MENINGGAL -> died > 0 || family.livingMembers() == 0;
            case PINDAH_KELUAR -> family.status() == HouseholdStatus.PINDAH;
            case DUPLIKAT -> family.status() == HouseholdStatus.DUPLIKAT;
            case TIDAK_LAYAK -> switch (String.valueOf(rule.json().get("result"))) {
                case "FALSE" -> true;
                case "TRUE" -> false;
                default -> null;   // no rule, or UNKNOWN (a value missing)
            };
            default -> null;
        };
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("statusKeluarga", family.status().name());
        facts.put("anggotaHidup", family.livingMembers());
        facts.put("anggotaMeninggalSejakMulai", died);
        facts.put("mengonfirmasi", confirms);
        Map<String, Object> evidence = new LinkedHashMap<>(family.evidence());
        evidence.put("registri", facts);
        if (automatic != null) {
            evidence.put("otomatis", automatic);
        }
        ReadinessExplanation assessment = kind == ExitKind.MANDIRI ? readiness.explain(family.household(), today) : null;
        return new Taken(evidence, rule.json(), assessment);
    }

    /** The family as it is at the decision (the snapshot only). */
    Map<String, Object> snapshot(long householdId, LocalDate today) {
        return families.of(householdId, today).evidence();
    }

    /**
     * Members who died since the enrolment started: memberships ended by death from the start date on,
     * and current members the registry knows to be dead (an agency file may record a death without
     * ending the membership; the snapshot holds the living only).
     */
    private static int deaths(EnrolmentRows.Row enrolment, FamilyEvidence.Family family, List<MembershipView> memberships) {
        Set<Long> living = family.household().members().stream().map(MemberSnapshot::personId).collect(Collectors.toSet());
        LocalDate since = enrolment.startDate();
        long ended = memberships.stream().filter(m -> m.endReason() == MembershipEnd.MENINGGAL && m.validTo() != null
                && (since == null || !m.validTo().isBefore(since))).count();
        long deadCurrent = memberships.stream().filter(m -> m.current() && !living.contains(m.personId())).count();
        return (int) (ended + deadCurrent);
    }
}
