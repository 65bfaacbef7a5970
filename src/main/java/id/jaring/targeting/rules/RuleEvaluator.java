package id.jaring.targeting.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.jaring.targeting.Condition;
import id.jaring.targeting.FamilySnapshot;
import id.jaring.targeting.MemberOutcome;
import id.jaring.targeting.MemberSnapshot;
import id.jaring.targeting.Truth;
import id.jaring.targeting.rules.Expr.AttributeRef;
import id.jaring.targeting.rules.Expr.MemberCount;
import id.jaring.targeting.rules.Expr.Op;
import id.jaring.targeting.rules.Expr.Operand;

/**
 * Evaluates a rule for one family in Java with the same meaning as {@link RuleSqlCompiler}'s SQL:
 * Kleene three-valued logic, a comparison with an unknown value is UNKNOWN, a member quantifier
 * counts a member only when the condition is TRUE for them (so ANY, ALL and COUNT are never
 * UNKNOWN). Every node of the tree is evaluated (no short cut) so that the explanation is whole.
 */
public final class RuleEvaluator {

    private final String text;
    private final FamilySnapshot family;
    private final LocalDate asOf;

    private RuleEvaluator(String text, FamilySnapshot family, LocalDate asOf) {
        this.text = text;
        this.family = family;
        this.asOf = asOf;
    }

    /** The explanation tree of {@code rule} (parsed from {@code text}) for the family at {@code asOf}. */
    public static Condition explain(Expr rule, String text, FamilySnapshot family, LocalDate asOf) {
        return new RuleEvaluator(text, family, asOf).eval(rule, null);
    }

    /**
     * Age in full years at {@code asOf}: the largest n with birth &lt;= asOf minus n years. Someone
     * born on 29 February turns a year older on 1 March in other years.
     */
    public static long age(LocalDate birth, LocalDate asOf) {
        long years = asOf.getYear() - birth.getYear();
        return birth.isAfter(asOf.minusYears(years)) ? years - 1 : years;
    }

    private Condition eval(Expr e, MemberSnapshot member) {
        String source = e.span().of(text);
        if (e instanceof Expr.And and) {
            List<Condition> parts = and.parts().stream().map(p -> eval(p, member)).toList();
            Truth t = parts.stream().map(Condition::result).reduce(Truth.TRUE, Truth::and);
            return new Condition(source, t, null, parts, List.of());
        }
        if (e instanceof Expr.Or or) {
            List<Condition> parts = or.parts().stream().map(p -> eval(p, member)).toList();
            Truth t = parts.stream().map(Condition::result).reduce(Truth.FALSE, Truth::or);
            return new Condition(source, t, null, parts, List.of());
        }
        if (e instanceof Expr.Not not) {
            Condition inner = eval(not.inner(), member);
            return new Condition(source, inner.result().not(), null, List.of(inner), List.of());
        }
        if (e instanceof Expr.Flag flag) {
            Object v = value(flag.attribute(), member);
            return Condition.leaf(source, v == null ? Truth.UNKNOWN : Truth.of((Boolean) v), show(v));
        }
        if (e instanceof Expr.Quantified q) {
            return quantified(q, source);
        }
        Operand operand = ((Expr.Test) e).operand();
        if (operand instanceof MemberCount count) {
            List<MemberOutcome> outcomes = outcomes(count.body(), Truth::isTrue);
            long n = outcomes.stream().filter(o -> o.result().isTrue()).count();
            return new Condition(source, test(e, n), String.valueOf(n), List.of(), outcomes);
        }
        Object v = value(((AttributeRef) operand).attribute(), member);
        return Condition.leaf(source, test(e, v), show(v));
    }

    private Condition quantified(Expr.Quantified q, String source) {
        List<MemberOutcome> all = outcomes(q.body(), t -> true);
        Truth result;
        List<MemberOutcome> marked = new ArrayList<>();
        if (q.quantifier() == Expr.Quantifier.ANY) {
            result = Truth.of(all.stream().anyMatch(o -> o.result().isTrue()));
            for (MemberOutcome o : all) {
                marked.add(mark(o, result.isTrue() ? o.result().isTrue() : true));
            }
        } else {
            result = Truth.of(all.stream().allMatch(o -> o.result().isTrue()));
            for (MemberOutcome o : all) {
                marked.add(mark(o, result.isTrue() || !o.result().isTrue()));
            }
        }
        return new Condition(source, result, null, List.of(), marked);
    }

    private List<MemberOutcome> outcomes(Expr body, java.util.function.Predicate<Truth> deciding) {
        List<MemberOutcome> outcomes = new ArrayList<>();
        for (MemberSnapshot m : family.members()) {
            Condition detail = eval(body, m);
            outcomes.add(new MemberOutcome(m.personId(), m.nama(), m.hubungan() == null ? null : m.hubungan().label(),
                    detail.result(), deciding.test(detail.result()), detail));
        }
        return outcomes;
    }

    private static MemberOutcome mark(MemberOutcome o, boolean deciding) {
        return new MemberOutcome(o.personId(), o.nama(), o.hubungan(), o.result(), deciding, o.detail());
    }

    /** The test of a comparison-like node on the operand's value v (null = unknown). */
    private static Truth test(Expr e, Object v) {
        if (e instanceof Expr.Known k) {
            return Truth.of((v != null) == k.known());
        }
        if (v == null) {
            return Truth.UNKNOWN;
        }
        if (e instanceof Expr.Compare c) {
            return Truth.of(holds(v, c.op(), c.value()));
        }
        if (e instanceof Expr.In in) {
            return Truth.of(in.values().stream().anyMatch(x -> holds(v, Op.EQ, x)));
        }
        Expr.Between b = (Expr.Between) e;
        return Truth.of(holds(v, Op.GE, b.low()) && holds(v, Op.LE, b.high()));
    }

    private static boolean holds(Object v, Op op, Object literal) {
        if (v instanceof BigDecimal d) {
            BigDecimal l = literal instanceof BigDecimal bd ? bd : BigDecimal.valueOf((Long) literal);
            return op.holds(d.compareTo(l));
        }
        if (v instanceof Long n) {
            return op.holds(Long.compare(n, ((Number) literal).longValue()));
        }
        return op.holds(v.equals(literal) ? 0 : 1);
    }

    /** The attribute's value for the family or the member, ages computed; null = unknown. */
    private Object value(Attribute attribute, MemberSnapshot member) {
        if (attribute.level() == Attribute.Level.FAMILY) {
            return attribute.valueOf(family);
        }
        Object v = attribute.valueOf(member);
        return v instanceof LocalDate birth ? (Object) age(birth, asOf) : v;
    }

    private static String show(Object v) {
        if (v == null) {
            return null;
        }
        return v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : v.toString();
    }
}
