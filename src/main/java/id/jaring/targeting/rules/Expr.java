package id.jaring.targeting.rules;

import java.util.List;

/**
 * The syntax tree of a rule: immutable records, each with the span of rule text it came from
 * (shown in explanations). Literal values are already checked against the attribute and
 * normalised like {@link Attribute}'s Java values.
 */
public sealed interface Expr {

    Span span();

    /** All parts true (Kleene AND over two or more parts). */
    record And(List<Expr> parts, Span span) implements Expr {
    }

    /** At least one part true (Kleene OR over two or more parts). */
    record Or(List<Expr> parts, Span span) implements Expr {
    }

    record Not(Expr inner, Span span) implements Expr {
    }

    /** A boolean attribute written alone ({@code hamil}). */
    record Flag(Attribute attribute, Span span) implements Expr {
    }

    /** {@code operand op value}. */
    record Compare(Operand operand, Op op, Object value, Span span) implements Test {
    }

    /** {@code operand IN (values)}. */
    record In(Operand operand, List<Object> values, Span span) implements Test {
    }

    /** {@code operand BETWEEN low AND high}, both ends included. */
    record Between(Operand operand, Object low, Object high, Span span) implements Test {
    }

    /** {@code operand IS KNOWN} (known = true) or {@code IS UNKNOWN}. */
    record Known(Operand operand, boolean known, Span span) implements Test {
    }

    /** A test of one operand (comparison, IN, BETWEEN, IS KNOWN): the nodes that read a value. */
    sealed interface Test extends Expr {
        Operand operand();
    }

    /** {@code ANY MEMBER (body)} or {@code ALL MEMBERS (body)}. */
    record Quantified(Quantifier quantifier, Expr body, Span span) implements Expr {
    }

    enum Quantifier { ANY, ALL }

    /** What a comparison tests: an attribute, or the number of members for whom a condition holds. */
    sealed interface Operand {
        ValueType type();
    }

    record AttributeRef(Attribute attribute) implements Operand {
        @Override
        public ValueType type() {
            return attribute.type();
        }
    }

    /** {@code COUNT MEMBERS (body)}: the number of current living members for whom body is TRUE. */
    record MemberCount(Expr body, Span span) implements Operand {
        @Override
        public ValueType type() {
            return ValueType.INTEGER;
        }
    }

    enum Op {
        EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

        final String sql;

        Op(String sql) {
            this.sql = sql;
        }

        static Op of(String symbol) {
            return switch (symbol) {
                case "=" -> EQ;
                case "!=", "<>" -> NE;
                case "<" -> LT;
                case "<=" -> LE;
                case ">" -> GT;
                case ">=" -> GE;
                default -> throw new IllegalArgumentException(symbol);
            };
        }

        boolean ordering() {
            return this != EQ && this != NE;
        }

        /** The outcome of comparing with {@code compareTo} result c. */
        boolean holds(int c) {
            return switch (this) {
                case EQ -> c == 0;
                case NE -> c != 0;
                case LT -> c < 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                case GE -> c >= 0;
            };
        }
    }
}
