package id.jaring.targeting;

import java.time.LocalDate;
import java.util.List;

import id.jaring.registry.HouseholdStatus;
import id.jaring.targeting.rules.Expr;
import id.jaring.targeting.rules.RuleEvaluator;
import id.jaring.targeting.rules.RuleSqlCompiler;
import id.jaring.targeting.rules.SqlPredicate;

/**
 * Applies conditions over one member (programme components' member conditions) to families, with
 * the rule language's meaning (docs/rules.md): over the current living members, a member counts
 * only when the condition is TRUE for them, ages at the as-of date. The same question is answered
 * set-based in SQL and for one family in Java, with the same result (MemberConditionAgreementTests).
 */
public final class MemberConditions {

    private MemberConditions() {
    }

    /**
     * SQL over household h: the family is ACTIVE, has at least one current living member, and none
     * of them satisfies any of the conditions ({@code NOT ANY MEMBER (c1 OR c2 ...)}). Literals are
     * bound as {@code <prefix>1, <prefix>2, ...}.
     *
     * @param conditions at least one
     */
    public static HouseholdPredicate noMemberSatisfies(List<MemberCondition> conditions, LocalDate asOf, String prefix) {
        SqlPredicate any = RuleSqlCompiler.compile(anyMember(conditions), asOf, prefix);
        return new HouseholdPredicate("h.status = 'AKTIF' and " + RuleSqlCompiler.hasLivingMember() + " and not "
                + any.sql(), any.params());
    }

    /** {@link #noMemberSatisfies(List, LocalDate, String)} for one family, in Java. */
    public static boolean noMemberSatisfies(FamilySnapshot family, List<MemberCondition> conditions, LocalDate asOf) {
        return family.status() == HouseholdStatus.AKTIF && !family.members().isEmpty()
                && conditions.stream().noneMatch(c -> explain(family, c, asOf).result().isTrue());
    }

    /**
     * The condition as {@code ANY MEMBER (condition)} for the family: TRUE when at least one current
     * living member satisfies it; every member's outcome listed, those who satisfy it marked deciding.
     */
    public static Condition explain(FamilySnapshot family, MemberCondition condition, LocalDate asOf) {
        Expr body = condition.condition();
        return RuleEvaluator.explain(new Expr.Quantified(Expr.Quantifier.ANY, body, body.span()), condition.text(),
                family, asOf);
    }

    private static Expr anyMember(List<MemberCondition> conditions) {
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException("no member condition");
        }
        List<Expr> bodies = conditions.stream().map(MemberCondition::condition).toList();
        Expr body = bodies.size() == 1 ? bodies.get(0) : new Expr.Or(bodies, bodies.get(0).span());
        return new Expr.Quantified(Expr.Quantifier.ANY, body, body.span());
    }
}
