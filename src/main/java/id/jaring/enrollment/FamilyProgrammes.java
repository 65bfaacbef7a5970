package id.jaring.enrollment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.access.CurrentUser;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.program.Agencies;
import id.jaring.program.Agency;
import id.jaring.program.Programme;
import id.jaring.program.ProgrammeRule;
import id.jaring.program.ProgrammeRules;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import id.jaring.registry.HouseholdStatus;
import id.jaring.targeting.Eligibility;
import id.jaring.targeting.EligibilityRules;
import id.jaring.targeting.Explanation;
import id.jaring.targeting.FamilySnapshot;
import id.jaring.targeting.Rule;

/**
 * One family's programmes: for every programme running today with a rule in force, whether the
 * family is eligible and why (the explanation tree with the deciding members and values), and every
 * enrolment of the family with the owner agency. The family is read once ({@link Eligibility#family}:
 * in the caller's scope, one audited READ of the household) and every rule is evaluated on that
 * snapshot. Roles that may not read persons (PIMPINAN) are refused; a family outside the caller's
 * region is not found; an agency operator sees its agency's programmes only, as everywhere in enrolment.
 */
@Service
public class FamilyProgrammes {

    private static final EnumSet<EnrolmentStatus> OPEN = EnumSet.of(EnrolmentStatus.DIUSULKAN, EnrolmentStatus.AKTIF);

    private final EnrolmentGuard guard;
    private final Eligibility eligibility;
    private final EligibilityRules checker;
    private final Programmes programmes;
    private final ProgrammeRules rules;
    private final Agencies agencies;
    private final Quotas quotas;
    private final EnrolmentRows rows;
    private final Clock clock;
    private final ReentryGuard reentry;

    FamilyProgrammes(EnrolmentGuard guard, Eligibility eligibility, EligibilityRules checker, Programmes programmes,
            ProgrammeRules rules, Agencies agencies, Quotas quotas, EnrolmentRows rows, Clock clock, ReentryGuard reentry) {
        this.reentry = reentry;
        this.checker = checker;
        this.guard = guard;
        this.eligibility = eligibility;
        this.programmes = programmes;
        this.rules = rules;
        this.agencies = agencies;
        this.quotas = quotas;
        this.rows = rows;
        this.clock = clock;
    }

    /**
     * @throws NotFoundException when the family does not exist or lies outside the caller's region
     * @throws org.springframework.security.access.AccessDeniedException for a role that may not read persons
     */
    @Transactional
    public FamilyProgrammesView of(long householdId) {
        CurrentUser user = guard.reader();
        FamilySnapshot family = eligibility.family(householdId);
        LocalDate today = LocalDate.now(clock);
        Map<String, String> agencyNames = agencies.list().stream().collect(Collectors.toMap(Agency::code, Agency::name));
        Function<Programme, ProgrammeLabel> label = p -> new ProgrammeLabel(p.code(), p.name(), p.ownerAgency(),
                agencyNames.getOrDefault(p.ownerAgency(), p.ownerAgency()));
        // in code order (Programmes.list), the ones an agency operator may not see left out
        Map<Long, Programme> reachable = new LinkedHashMap<>();
        programmes.list().stream().filter(p -> !EnrolmentGuard.outOfReach(user, p)).forEach(p -> reachable.put(p.id(), p));

        List<FamilyEnrolment> enrolments = rows.allOf(householdId, user.scope()).stream()
                .filter(r -> reachable.containsKey(r.programmeId()))
                .map(r -> new FamilyEnrolment(r.id(), label.apply(reachable.get(r.programmeId())), r.status(),
                        day(r.proposedAt()), day(r.decidedAt()), r.startDate(), r.plannedEndDate(), r.endDate(),
                        r.exitKind()))
                .toList();
        Map<String, EnrolmentStatus> open = enrolments.stream().filter(e -> OPEN.contains(e.status()))
                .collect(Collectors.toMap(e -> e.programme().code(), FamilyEnrolment::status, (a, b) -> a));

        Map<String, ProgrammeRule> inForce = rules.inForce();
        List<Programme> running = reachable.values().stream().filter(p -> p.runningOn(today)).toList();
        // a rule that no longer parses (saved under an older grammar) is listed, not evaluated: the
        // other programmes of the family are still shown
        Map<String, Rule> checked = new HashMap<>();
        List<ProgrammeLabel> unreadableRule = new ArrayList<>();
        running.stream().filter(p -> inForce.containsKey(p.code())).forEach(p -> {
            try {
                checked.put(p.code(), checker.check(inForce.get(p.code()).text()));
            } catch (ValidationFailedException e) {
                unreadableRule.add(label.apply(p));
            }
        });
        List<ProgrammeEligibility> eligible = running.stream().filter(p -> checked.containsKey(p.code()))
                .map(p -> eligibility(family, p, label.apply(p), inForce.get(p.code()), checked.get(p.code()),
                        open.get(p.code()), user, today))
                .toList();
        List<ProgrammeLabel> withoutRule = running.stream().filter(p -> !inForce.containsKey(p.code())).map(label).toList();
        return new FamilyProgrammesView(family.householdId(), family.noKk(), family.status().name(),
                family.status() == HouseholdStatus.AKTIF, family.desil(), today, eligible, withoutRule, unreadableRule,
                enrolments);
    }

    /** The rule evaluated on the snapshot already read; proposable as the propose page would accept it. */
    private ProgrammeEligibility eligibility(FamilySnapshot family, Programme p, ProgrammeLabel label, ProgrammeRule rule,
            Rule checked, EnrolmentStatus open, CurrentUser user, LocalDate today) {
        Explanation why = eligibility.explain(family, checked);
        boolean proposable = EnrolmentGuard.mayEnrol(user) && why.eligible() && open == null
                && quotas.of(p, family.kabKotaCode()).remaining() > 0 && !reentry.waiting(p, family.householdId(), today);
        return new ProgrammeEligibility(label, rule.version(), rule.text(), why.eligible(), why.condition(), open,
                proposable);
    }

    private LocalDate day(Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, clock.getZone());
    }
}
