package id.jaring.targeting.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.jaring.targeting.rules.Expr.AttributeRef;
import id.jaring.targeting.rules.Expr.MemberCount;
import id.jaring.targeting.rules.Expr.Op;
import id.jaring.targeting.rules.Expr.Operand;

/**
 * Compiles a rule to a SQL predicate over {@code household h left join household_rank r}.
 * Column expressions come from the {@link Attribute} whitelist; every literal becomes a named
 * bind parameter ({@code :<prefix>1}, ...). SQL's own three-valued logic matches
 * {@link RuleEvaluator}: a member quantifier counts a member only when its condition IS TRUE.
 * Ages become birth-date ranges (umur &gt;= n is tanggal_lahir &lt;= asOf - n years), which
 * needs no per-row age arithmetic and agrees exactly with the Java age.
 */
public final class RuleSqlCompiler {

    private final LocalDate asOf;
    private final String prefix;
    private final Map<String, Object> params = new LinkedHashMap<>();
    private final List<String> joins = new ArrayList<>();
    private boolean sizeJoined;

    private RuleSqlCompiler(LocalDate asOf, String prefix) {
        this.asOf = asOf;
        this.prefix = prefix;
    }

    /**
     * @param asOf the date ages are computed at
     * @param prefix the bind parameter prefix, so that the predicate can sit in a larger query
     */
    public static SqlPredicate compile(Expr rule, LocalDate asOf, String prefix) {
        RuleSqlCompiler compiler = new RuleSqlCompiler(asOf, prefix);
        String sql = compiler.sql(rule);
        return new SqlPredicate(sql, compiler.params, compiler.joins);
    }

    private String sql(Expr e) {
        if (e instanceof Expr.And and) {
            return join(and.parts(), " and ");
        }
        if (e instanceof Expr.Or or) {
            return join(or.parts(), " or ");
        }
        if (e instanceof Expr.Not not) {
            return "(not " + sql(not.inner()) + ")";
        }
        if (e instanceof Expr.Flag flag) {
            return flag.attribute().sql();
        }
        if (e instanceof Expr.Compare c) {
            return compare(c.operand(), c.op(), c.value());
        }
        if (e instanceof Expr.In in) {
            if (in.operand() instanceof AttributeRef ref && ref.attribute().type() == ValueType.AGE) {
                return in.values().stream().map(v -> compare(in.operand(), Op.EQ, v))
                        .collect(Collectors.joining(" or ", "(", ")"));
            }
            return in.values().stream().map(v -> bind(literal(in.operand(), v)))
                    .collect(Collectors.joining(", ", "(" + operand(in.operand()) + " in (", "))"));
        }
        if (e instanceof Expr.Between b) {
            return "(" + compare(b.operand(), Op.GE, b.low()) + " and " + compare(b.operand(), Op.LE, b.high()) + ")";
        }
        if (e instanceof Expr.Known k) {
            return "(" + operand(k.operand()) + (k.known() ? " is not null)" : " is null)");
        }
        Expr.Quantified q = (Expr.Quantified) e;
        return q.quantifier() == Expr.Quantifier.ANY
                ? "exists (select 1 " + Attribute.Members.FROM + " and " + sql(q.body()) + ")"
                : "not exists (select 1 " + Attribute.Members.FROM + " and (" + sql(q.body()) + ") is not true)";
    }

    private String join(List<Expr> parts, String op) {
        return parts.stream().map(this::sql).collect(Collectors.joining(op, "(", ")"));
    }

    private String operand(Operand operand) {
        if (operand instanceof AttributeRef ref) {
            if (ref.attribute() == Attribute.JUMLAH_ANGGOTA) {
                return familySize();
            }
            return ref.attribute().sql();
        }
        MemberCount count = (MemberCount) operand;
        if (usesFamily(count.body())) {
            // the condition looks at the family too: count per family in a correlated subquery
            return "(select count(*) " + Attribute.Members.FROM + " and " + sql(count.body()) + ")";
        }
        String alias = "rule_c" + (joins.size() + 1);
        joins.add("left join (select m.household_id, count(*) as n " + Attribute.Members.FROM_ALL + " and "
                + sql(count.body()) + " group by m.household_id) " + alias + " on " + alias + ".household_id = h.id");
        return "coalesce(" + alias + ".n, 0)";
    }

    /** jumlah_anggota: the number of current living members, from one grouped pass over the members. */
    private String familySize() {
        if (!sizeJoined) {
            sizeJoined = true;
            joins.add("left join (select m.household_id, count(*) as n " + Attribute.Members.FROM_ALL
                    + " group by m.household_id) rule_size on rule_size.household_id = h.id");
        }
        return "coalesce(rule_size.n, 0)";
    }

    /** True when the condition reads a family attribute (then it cannot be counted apart from the family). */
    private static boolean usesFamily(Expr e) {
        if (e instanceof Expr.And and) {
            return and.parts().stream().anyMatch(RuleSqlCompiler::usesFamily);
        }
        if (e instanceof Expr.Or or) {
            return or.parts().stream().anyMatch(RuleSqlCompiler::usesFamily);
        }
        if (e instanceof Expr.Not not) {
            return usesFamily(not.inner());
        }
        if (e instanceof Expr.Flag flag) {
            return flag.attribute().level() == Attribute.Level.FAMILY;
        }
        if (e instanceof Expr.Quantified q) {
            return true;
        }
        Operand operand = e instanceof Expr.Compare c ? c.operand() : e instanceof Expr.In in ? in.operand()
                : e instanceof Expr.Between b ? b.operand() : ((Expr.Known) e).operand();
        return !(operand instanceof AttributeRef ref) || ref.attribute().level() == Attribute.Level.FAMILY;
    }

    private String compare(Operand operand, Op op, Object value) {
        if (operand instanceof AttributeRef ref && ref.attribute().type() == ValueType.AGE) {
            return age(ref.attribute().sql(), op, (Long) value);
        }
        return "(" + operand(operand) + " " + op.sql + " " + bind(literal(operand, value)) + ")";
    }

    /**
     * umur op n on the birth date b: umur &gt;= n exactly when b &lt;= asOf - n years (the
     * definition of age here), so every comparison is a range on b.
     */
    private String age(String birth, Op op, long n) {
        return switch (op) {
            case GE -> "(" + birth + " <= " + bind(asOf.minusYears(n)) + ")";
            case LT -> "(" + birth + " > " + bind(asOf.minusYears(n)) + ")";
            case GT -> "(" + birth + " <= " + bind(asOf.minusYears(n + 1)) + ")";
            case LE -> "(" + birth + " > " + bind(asOf.minusYears(n + 1)) + ")";
            case EQ -> "(" + birth + " > " + bind(asOf.minusYears(n + 1)) + " and " + birth + " <= "
                    + bind(asOf.minusYears(n)) + ")";
            case NE -> "(" + birth + " <= " + bind(asOf.minusYears(n + 1)) + " or " + birth + " > "
                    + bind(asOf.minusYears(n)) + ")";
        };
    }

    private static Object literal(Operand operand, Object value) {
        return operand instanceof AttributeRef ref ? ref.attribute().sqlLiteral(value) : value;
    }

    private String bind(Object value) {
        String name = prefix + (params.size() + 1);
        params.put(name, value);
        return ":" + name;
    }
}
