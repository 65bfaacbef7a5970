package id.jaring.targeting.rules;

import java.time.LocalDate;
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
 *
 * <p>Plan-friendly shapes: ages become birth-date ranges (umur &gt;= n is tanggal_lahir &lt;=
 * asOf - n years: no per-row age arithmetic, and exactly the Java age); ANY/ALL MEMBER are
 * EXISTS / NOT EXISTS, which PostgreSQL runs as hash semi/anti joins over the current members; a
 * test on a member count (COUNT MEMBERS, jumlah_anggota) is an EXISTS over the families whose
 * grouped count passes (or a NOT EXISTS over those whose count fails, when a count of 0 passes),
 * so the members are grouped once instead of counted by a subquery per family.
 */
public final class RuleSqlCompiler {

    private final LocalDate asOf;
    private final String prefix;
    private final Map<String, Object> params = new LinkedHashMap<>();

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
        return new SqlPredicate(sql, compiler.params);
    }

    /** A SQL condition: household h has at least one current living member. */
    public static String hasLivingMember() {
        return "exists (select 1 " + Attribute.Members.FROM + ")";
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
        if (e instanceof Expr.Quantified q) {
            return q.quantifier() == Expr.Quantifier.ANY
                    ? "exists (select 1 " + Attribute.Members.FROM + " and " + sql(q.body()) + ")"
                    : "not exists (select 1 " + Attribute.Members.FROM + " and (" + sql(q.body()) + ") is not true)";
        }
        Operand operand = ((Expr.Test) e).operand();
        if (operand instanceof MemberCount count) {
            return countTest(e, count.body());
        }
        Attribute attribute = ((AttributeRef) operand).attribute();
        if (attribute == Attribute.JUMLAH_ANGGOTA) {
            return countTest(e, null);
        }
        if (attribute.type() == ValueType.AGE && !(e instanceof Expr.Known)) {
            return ageTest(e, attribute.sql());
        }
        return test(e, attribute.sql(), attribute);
    }

    private String join(List<Expr> parts, String op) {
        return parts.stream().map(this::sql).collect(Collectors.joining(op, "(", ")"));
    }

    /** A comparison-like test of {@code left} (a column expression or {@code count(*)}). */
    private String test(Expr e, String left, Attribute attribute) {
        if (e instanceof Expr.Compare c) {
            return "(" + left + " " + c.op().sql + " " + bind(literal(attribute, c.value())) + ")";
        }
        if (e instanceof Expr.In in) {
            return in.values().stream().map(v -> bind(literal(attribute, v)))
                    .collect(Collectors.joining(", ", "(" + left + " in (", "))"));
        }
        if (e instanceof Expr.Between b) {
            return "(" + left + " between " + bind(b.low()) + " and " + bind(b.high()) + ")";
        }
        return "(" + left + (((Expr.Known) e).known() ? " is not null)" : " is null)");
    }

    /**
     * A test on the number of current living members satisfying {@code body} (null: all of them).
     * A count is never unknown, so IS KNOWN is simply true.
     */
    private String countTest(Expr e, Expr body) {
        if (e instanceof Expr.Known k) {
            return k.known() ? "true" : "false";
        }
        if (body != null && usesFamily(body)) {
            // the condition looks at the family too: count per family in a correlated subquery
            return test(e, "(select count(*) " + Attribute.Members.FROM + " and " + sql(body) + ")", null);
        }
        boolean zeroPasses = holdsForZero(e);
        String where = body == null ? "" : " and " + sql(body);
        String having = test(e, "count(*)", null);
        String grouped = "select m.household_id " + Attribute.Members.FROM_ALL + where + " group by m.household_id having "
                + (zeroPasses ? "not " : "") + having;
        return (zeroPasses ? "not exists" : "exists") + " (select 1 from (" + grouped
                + ") rule_g where rule_g.household_id = h.id)";
    }

    /** Whether a family with no matching member (count 0) passes the test. */
    private static boolean holdsForZero(Expr e) {
        if (e instanceof Expr.Compare c) {
            return c.op().holds(Long.compare(0, (Long) c.value()));
        }
        if (e instanceof Expr.In in) {
            return in.values().contains(0L);
        }
        Expr.Between b = (Expr.Between) e;
        return (Long) b.low() <= 0 && 0 <= (Long) b.high();
    }

    /** umur tests as birth-date ranges: umur &gt;= n exactly when birth &lt;= asOf - n years. */
    private String ageTest(Expr e, String birth) {
        if (e instanceof Expr.Compare c) {
            return age(birth, c.op(), (Long) c.value());
        }
        if (e instanceof Expr.In in) {
            return in.values().stream().map(v -> age(birth, Op.EQ, (Long) v)).collect(Collectors.joining(" or ", "(", ")"));
        }
        Expr.Between b = (Expr.Between) e;
        return "(" + age(birth, Op.GE, (Long) b.low()) + " and " + age(birth, Op.LE, (Long) b.high()) + ")";
    }

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
        if (e instanceof Expr.Quantified) {
            return true;
        }
        Operand operand = ((Expr.Test) e).operand();
        return !(operand instanceof AttributeRef ref) || ref.attribute().level() == Attribute.Level.FAMILY;
    }

    private static Object literal(Attribute attribute, Object value) {
        return attribute == null ? value : attribute.sqlLiteral(value);
    }

    private String bind(Object value) {
        String name = prefix + (params.size() + 1);
        params.put(name, value);
        return ":" + name;
    }
}
