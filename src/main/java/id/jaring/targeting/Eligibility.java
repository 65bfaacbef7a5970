package id.jaring.targeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.access.CurrentUser;
import id.jaring.access.CurrentUsers;
import id.jaring.access.Scope;
import id.jaring.access.ScopeFilter;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.platform.NotFoundException;
import id.jaring.registry.HouseholdStatus;
import id.jaring.targeting.rules.RuleEvaluator;
import id.jaring.targeting.rules.RuleSqlCompiler;
import id.jaring.targeting.rules.SqlPredicate;
import id.jaring.wilayah.Region;
import id.jaring.wilayah.Regions;

/**
 * Applies eligibility rules: set-based in SQL over the caller's scope of the registry (preview,
 * the query other modules embed), or in Java for one family with the reasons (explain). Ages are
 * computed at today's date from the injected clock. Only ACTIVE families are ever eligible.
 */
@Service
public class Eligibility {

    private final EligibilityRules rules;
    private final FamilySnapshots families;
    private final JdbcClient jdbc;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Regions regions;
    private final Clock clock;

    Eligibility(EligibilityRules rules, FamilySnapshots families, JdbcClient jdbc, CurrentUsers users, AuditLog audit,
            Regions regions, Clock clock) {
        this.rules = rules;
        this.families = families;
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.regions = regions;
        this.clock = clock;
    }

    /** Counts of the active families the rule selects in the caller's scope. Any role: counts only. */
    @Transactional(readOnly = true)
    public EligibilityPreview preview(String text) {
        Rule rule = rules.check(text);
        LocalDate asOf = today();
        EligibleHouseholds where = fromWhere(rule, asOf, users.current().scope());
        List<EligibilityPreview.KabKotaCount> counts = jdbc.sql("select h.kabkota_code, count(*) " + where.sql()
                        + " group by h.kabkota_code order by count(*) desc, h.kabkota_code")
                .params(where.params())
                .query((rs, n) -> new EligibilityPreview.KabKotaCount(rs.getString(1),
                        regions.find(rs.getString(1)).map(Region::name).orElse(rs.getString(1)), rs.getLong(2)))
                .list();
        long total = counts.stream().mapToLong(EligibilityPreview.KabKotaCount::families).sum();
        return new EligibilityPreview(text, asOf, total, counts);
    }

    /**
     * Why the family is or is not selected. Shows members' data: needs a role that may read
     * persons (not PIMPINAN), and is audited as a READ of the household.
     *
     * @throws NotFoundException when the family does not exist or lies outside the caller's scope
     */
    @Transactional
    public Explanation explain(long householdId, String text) {
        Rule rule = rules.check(text);
        return evaluate(family(householdId), rule, today());
    }

    /** {@link #explain(long, String)} by No. KK (the active family with that number, else the latest). */
    @Transactional
    public Explanation explainNoKk(String noKk, String text) {
        Rule rule = rules.check(text);
        long id = families.idOfNoKk(noKk == null ? "" : noKk.strip(), reader().scope())
                .orElseThrow(() -> new NotFoundException("household"));
        return evaluate(family(id), rule, today());
    }

    /**
     * The family as the rules see it (its current living members), for a caller that keeps it as
     * evidence and explains rules on it ({@link #explain(FamilySnapshot, String)}) without reading
     * it again. Needs a role that may read persons; audited as a READ of the household.
     *
     * @throws NotFoundException when the family does not exist or lies outside the caller's scope
     */
    @Transactional
    public FamilySnapshot family(long householdId) {
        return family(householdId, "eligibility explanation");
    }

    /** {@link #family(long)} for another purpose, named in the audit trail's READ event. */
    @Transactional
    public FamilySnapshot family(long householdId, String purpose) {
        CurrentUser user = reader();
        FamilySnapshot family = families.find(householdId, user.scope())
                .orElseThrow(() -> new NotFoundException("household"));
        audit.recordRead(EntityRef.of("HOUSEHOLD", family.householdId()), family.kabKotaCode(), purpose);
        return family;
    }

    /**
     * Many families at once, for batch work that keeps them as evidence (the daily graduation job):
     * those in the caller's scope, by id (the others are left out), each audited as a READ of the
     * household for {@code purpose}, in one batch. Needs a role that may read persons.
     */
    @Transactional
    public Map<Long, FamilySnapshot> families(Collection<Long> householdIds, String purpose) {
        CurrentUser user = reader();
        Map<Long, FamilySnapshot> found = new LinkedHashMap<>();
        families.findAll(householdIds, user.scope()).forEach(f -> found.put(f.householdId(), f));
        audit.recordAll(found.values().stream()
                .map(f -> AuditLog.Event.read(EntityRef.of("HOUSEHOLD", f.householdId()), f.kabKotaCode(), purpose))
                .toList());
        return found;
    }

    /** Why a family read with {@link #family(long)} is or is not selected by the rule, as of today. */
    public Explanation explain(FamilySnapshot family, String text) {
        return evaluate(family, rules.check(text), today());
    }

    /** {@link #explain(FamilySnapshot, String)} with the rule checked once by the caller (many families). */
    public Explanation explain(FamilySnapshot family, Rule rule) {
        return evaluate(family, rule, today());
    }

    /** The query selecting the ids of the eligible active families in the caller's scope, to embed. */
    public EligibleHouseholds eligibleHouseholds(String text) {
        return eligibleHouseholds(rules.check(text));
    }

    public EligibleHouseholds eligibleHouseholds(Rule rule) {
        return query(rule, today(), users.current().scope());
    }

    /** The query for a given scope and date, for batch work that has no user (e.g. as {@code CurrentUser.SYSTEM}). */
    public EligibleHouseholds eligibleHouseholds(Rule rule, Scope scope, LocalDate asOf) {
        return query(rule, asOf, scope);
    }

    /** How many active families in the caller's scope the rule selects. */
    @Transactional(readOnly = true)
    public long count(String text) {
        EligibleHouseholds q = eligibleHouseholds(text);
        return jdbc.sql("select count(*) from (" + q.sql() + ") e").params(q.params()).query(Long.class).single();
    }

    /** Streams the ids of the selected families in the caller's scope, in id order, without holding them all. */
    @Transactional(readOnly = true)
    public void forEachEligible(String text, LongConsumer action) {
        EligibleHouseholds q = eligibleHouseholds(text);
        jdbc.sql(q.sql() + " order by h.id").params(q.params()).withFetchSize(10_000)
                .query(rs -> {
                    action.accept(rs.getLong(1));
                });
    }

    static Explanation evaluate(FamilySnapshot family, Rule rule, LocalDate asOf) {
        Condition condition = RuleEvaluator.explain(rule.condition(), rule.text(), family, asOf);
        boolean active = family.status() == HouseholdStatus.AKTIF;
        return new Explanation(family.householdId(), family.noKk(), family.kabKotaCode(), family.desaCode(),
                family.status().name(), family.desil(), rule.text(), asOf, active,
                active && condition.result().isTrue(), condition);
    }

    static EligibleHouseholds query(Rule rule, LocalDate asOf, Scope scope) {
        EligibleHouseholds where = fromWhere(rule, asOf, scope);
        return new EligibleHouseholds("select h.id " + where.sql(), where.params());
    }

    /** The rule as a condition on h and r, for a query with its own from clause, as of the given date. */
    public EligibilityCondition condition(Rule rule, Scope scope, LocalDate asOf) {
        return conditionOf(rule, asOf, scope);
    }

    private static EligibilityCondition conditionOf(Rule rule, LocalDate asOf, Scope scope) {
        SqlPredicate predicate = RuleSqlCompiler.compile(rule.condition(), asOf, "rule_");
        ScopeFilter s = ScopeFilter.of(scope, "h");
        Map<String, Object> params = new HashMap<>(predicate.params());
        params.putAll(s.params());
        return new EligibilityCondition("h.status = 'AKTIF' and " + s.sql() + " and " + predicate.sql(), params);
    }

    /** The from and where clauses (no select list) of the eligible active families in the scope. */
    private static EligibleHouseholds fromWhere(Rule rule, LocalDate asOf, Scope scope) {
        EligibilityCondition condition = conditionOf(rule, asOf, scope);
        return new EligibleHouseholds("from household h left join household_rank r on r.household_id = h.id where "
                + condition.sql(), condition.params());
    }

    private CurrentUser reader() {
        CurrentUser user = users.current();
        if (!user.role().canReadPersons()) {
            throw new AccessDeniedException("role " + user.role() + " may not see members' data");
        }
        return user;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
