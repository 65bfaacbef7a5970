package id.jaring.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.access.CurrentUser;
import id.jaring.access.ScopeFilter;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.program.BenefitComponent;
import id.jaring.program.Programme;
import id.jaring.program.ProgrammeComponents;
import id.jaring.program.Programmes;
import id.jaring.targeting.Eligibility;
import id.jaring.targeting.EligibilityRules;
import id.jaring.targeting.FamilySnapshot;
import id.jaring.targeting.HouseholdPredicate;
import id.jaring.targeting.MemberCondition;
import id.jaring.targeting.MemberConditions;

/**
 * Natural graduation (graduasi alamiah, docs/graduation.md): a KPM graduates naturally when no
 * component of its programme remains, i.e. no current living member satisfies any component's
 * member condition ({@code NOT ANY MEMBER (c1 OR c2 ...)}), the last child having turned 21 or left
 * school, no pregnancy, no elderly or severely disabled member left.
 *
 * <p>{@link #candidates} answers set-based in SQL for a programme at a date (the conditions compiled
 * by the rule language, every literal bound); {@link #components} answers for one family in Java with
 * the reasons (which components, through which members, which ones the component cap keeps). Both
 * give the same families. Only families whose household is ACTIVE with at least one living member
 * count: a family that moved, dissolved, is a duplicate, or has no living member leaves by another
 * exit. A programme with a component lacking a condition (or with no component) is refused with
 * {@link #COMPONENT_CONDITION_MISSING}: nobody graduates by an incomplete definition.
 *
 * <p>Scope as for enrolment lists: roles that read personal data; an agency operator its agency's
 * programmes only; rows within the caller's region. The data is the registry's as it is now; the
 * date moves the ages.
 */
@Service
public class NaturalGraduation {

    /** programme, the codes of its components without a member condition (empty: it has no component). */
    public static final String COMPONENT_CONDITION_MISSING = "COMPONENT_CONDITION_MISSING";

    private static final String CANDIDATES = """
            select e.id, e.household_id, e.no_kk, e.kabkota_code, e.desa_code, e.start_date
            from enrolment e
            join household h on h.id = e.household_id
            where e.programme_id = :ng_programme and e.status = 'AKTIF' and %s and %s and %s
            order by e.id
            """;

    private final EnrolmentGuard guard;
    private final Programmes programmes;
    private final ProgrammeComponents components;
    private final EligibilityRules rules;
    private final Eligibility eligibility;
    private final EnrolmentRows rows;
    private final JdbcClient jdbc;
    private final Clock clock;

    NaturalGraduation(EnrolmentGuard guard, Programmes programmes, ProgrammeComponents components,
            EligibilityRules rules, Eligibility eligibility, EnrolmentRows rows, JdbcClient jdbc, Clock clock) {
        this.guard = guard;
        this.programmes = programmes;
        this.components = components;
        this.rules = rules;
        this.eligibility = eligibility;
        this.rows = rows;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The programme's AKTIF KPM (in {@code kabKotaCode}, or every kab/kota the caller reaches when
     * null) with no component left at {@code asOf} (null: today), by enrolment id.
     *
     * @throws NotFoundException when the programme or the kab/kota is out of the caller's reach
     * @throws ValidationFailedException {@link #COMPONENT_CONDITION_MISSING}
     */
    @Transactional(readOnly = true)
    public List<GraduationCandidate> candidates(String programmeCode, String kabKotaCode, LocalDate asOf) {
        CurrentUser user = guard.reader();
        Programme p = programme(user, programmeCode, kabKotaCode);
        List<MemberCondition> conditions = conditions(p, components.of(p.code()));
        HouseholdPredicate none = MemberConditions.noMemberSatisfies(conditions, day(asOf), "ng_");
        ScopeFilter scope = ScopeFilter.of(user.scope(), "e");
        Map<String, Object> params = new HashMap<>(none.params());
        params.putAll(scope.params());
        params.put("ng_programme", p.id());
        params.put("ng_kab", kabKotaCode);
        String sql = CANDIDATES.formatted(scope.sql(), kabKotaCode == null ? "true" : "e.kabkota_code = :ng_kab",
                none.sql());
        return jdbc.sql(sql).params(params).query((rs, n) -> new GraduationCandidate(rs.getLong(1), rs.getLong(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class))).list();
    }

    /**
     * The family's components at {@code asOf} (null: today) with the members who satisfy each, the
     * cap applied (highest amounts first), and whether it graduates naturally. Reads the family once
     * (in the caller's scope, audited as a READ of the household).
     *
     * @throws NotFoundException when the programme or the family is out of the caller's reach
     */
    @Transactional
    public FamilyComponents components(String programmeCode, long householdId, LocalDate asOf) {
        CurrentUser user = guard.reader();
        Programme p = programme(user, programmeCode, null);
        FamilySnapshot family = eligibility.family(householdId, "natural graduation components");
        Long enrolment = rows.openOf(householdId, user.scope()).stream()
                .filter(r -> r.programmeId() == p.id() && r.status() == EnrolmentStatus.AKTIF)
                .map(EnrolmentRows.Row::id).findFirst().orElse(null);
        return conditionsOf(p).evaluate(family, enrolment, day(asOf));
    }

    /** The programme's components with their member conditions checked once, to evaluate many families. */
    ProgrammeConditions conditionsOf(Programme p) {
        List<ProgrammeConditions.Checked> checked = components.of(p.code()).stream()
                .map(c -> new ProgrammeConditions.Checked(c,
                        c.memberCondition() == null ? null : rules.checkMemberCondition(c.memberCondition())))
                .toList();
        return new ProgrammeConditions(p, checked);
    }

    /** The checked conditions of every component, or the refusal when one has none. */
    private List<MemberCondition> conditions(Programme p, List<BenefitComponent> all) {
        List<String> missing = all.stream().filter(c -> c.memberCondition() == null).map(BenefitComponent::code).toList();
        if (all.isEmpty() || !missing.isEmpty()) {
            throw new ValidationFailedException(Violation.error(COMPONENT_CONDITION_MISSING, "programmeCode", p.code(),
                    String.join(", ", missing)));
        }
        return all.stream().map(c -> rules.checkMemberCondition(c.memberCondition())).toList();
    }

    private Programme programme(CurrentUser user, String code, String kabKotaCode) {
        Programme p = programmes.find(code).orElseThrow(() -> new NotFoundException("programme"));
        return kabKotaCode == null ? EnrolmentGuard.inReach(user, p) : EnrolmentGuard.inReach(user, p, kabKotaCode);
    }

    private LocalDate day(LocalDate asOf) {
        return asOf == null ? LocalDate.now(clock) : asOf;
    }
}
