package id.jaring.targeting.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.targeting.RuleCodes;
import id.jaring.targeting.rules.Expr.AttributeRef;
import id.jaring.targeting.rules.Expr.MemberCount;
import id.jaring.targeting.rules.Expr.Operand;

/**
 * Recursive-descent parser of the rule language (grammar in docs/rules.md). Syntax errors stop
 * at once; errors of meaning (unknown attribute or value, wrong type, member attribute outside a
 * quantifier) are collected and reported together, each with its line and column.
 */
public final class RuleParser {

    public static final int MAX_LENGTH = 4000;
    public static final int MAX_DEPTH = 25;

    private final ToIntFunction<String> regionLevel;

    /**
     * @param regionLevel the level (2 kab/kota, 3 kecamatan, 4 desa) of a dotted region code, or
     *        0 when no such region exists
     */
    public RuleParser(ToIntFunction<String> regionLevel) {
        this.regionLevel = regionLevel;
    }

    /** The syntax tree of {@code text}; ValidationFailedException with RULE_* codes otherwise. */
    public Expr parse(String text) {
        return new Run(tokens(text), false).rule();
    }

    /**
     * The syntax tree of a condition over ONE member (a programme component's member condition):
     * member attributes are written without a quantifier, family attributes and quantifiers are
     * refused (RULE_FAMILY_ATTRIBUTE_IN_MEMBER_CONDITION, RULE_QUANTIFIER_IN_MEMBER_CONDITION).
     */
    public Expr parseMemberCondition(String text) {
        return new Run(tokens(text), true).rule();
    }

    private static List<Token> tokens(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationFailedException(Violation.error(RuleCodes.EMPTY, RuleCodes.FIELD));
        }
        if (text.length() > MAX_LENGTH) {
            throw new ValidationFailedException(Violation.error(RuleCodes.TOO_LONG, RuleCodes.FIELD, MAX_LENGTH));
        }
        return Lexer.tokens(text);
    }

    private final class Run {
        private final List<Token> tokens;
        private final List<Violation> problems = new ArrayList<>();
        private final Values values;
        /** A condition over one member: member attributes need no quantifier, family ones are refused. */
        private final boolean memberOnly;
        private int at;
        private int depth;
        private boolean inQuantifier;

        Run(List<Token> tokens, boolean memberOnly) {
            this.tokens = tokens;
            this.values = new Values(regionLevel, problems);
            this.memberOnly = memberOnly;
            this.inQuantifier = memberOnly;
        }

        Expr rule() {
            Expr rule = or();
            if (peek().kind() != Token.Kind.END) {
                throw syntax(peek(), "AND/DAN, OR/ATAU");
            }
            if (!problems.isEmpty()) {
                throw new ValidationFailedException(problems);
            }
            return rule;
        }

        private Expr or() {
            List<Expr> parts = new ArrayList<>(List.of(and()));
            while (peek().isWord("OR", "ATAU")) {
                next();
                parts.add(and());
            }
            return parts.size() == 1 ? parts.get(0)
                    : new Expr.Or(List.copyOf(parts), parts.get(0).span().to(parts.get(parts.size() - 1).span()));
        }

        private Expr and() {
            List<Expr> parts = new ArrayList<>(List.of(not()));
            while (peek().isWord("AND", "DAN")) {
                next();
                parts.add(not());
            }
            return parts.size() == 1 ? parts.get(0)
                    : new Expr.And(List.copyOf(parts), parts.get(0).span().to(parts.get(parts.size() - 1).span()));
        }

        private Expr not() {
            if (peek().isWord("NOT", "TIDAK")) {
                Token not = next();
                enter(not);
                Expr inner = not();
                depth--;
                return new Expr.Not(inner, not.span().to(inner.span()));
            }
            return primary();
        }

        private Expr primary() {
            Token t = peek();
            switch (t.kind()) {
                case LPAREN -> {
                    next();
                    enter(t);
                    Expr inner = or();
                    expect(Token.Kind.RPAREN, "AND/DAN, OR/ATAU, )");
                    depth--;
                    return inner;
                }
                case END -> throw unexpectedEnd(t);
                case WORD -> {
                    if (isMemberWord(1) && t.isWord("ANY", "ADA")) {
                        return quantified(Expr.Quantifier.ANY);
                    }
                    if (isMemberWord(1) && t.isWord("ALL", "SEMUA", "SETIAP")) {
                        return quantified(Expr.Quantifier.ALL);
                    }
                    if (isMemberWord(1) && t.isWord("COUNT", "JUMLAH")) {
                        next();
                        next();
                        Body body = body(t);
                        return test(new MemberCount(body.expr, t.span().to(body.close)), t);
                    }
                    return attribute();
                }
                default -> throw new ValidationFailedException(with(Violation.error(RuleCodes.EXPECTED_CONDITION,
                        RuleCodes.FIELD, t.span().line(), t.span().column(), shown(t))));
            }
        }

        private Expr quantified(Expr.Quantifier quantifier) {
            Token keyword = next();
            next();
            Body body = body(keyword);
            return new Expr.Quantified(quantifier, body.expr, keyword.span().to(body.close));
        }

        private record Body(Expr expr, Span close) {
        }

        /** {@code ( condition )} after a quantifier keyword: members' attributes allowed inside. */
        private Body body(Token keyword) {
            if (memberOnly) {
                problems.add(Violation.error(RuleCodes.QUANTIFIER_IN_MEMBER_CONDITION, RuleCodes.FIELD,
                        keyword.span().line(), keyword.span().column()));
            } else if (inQuantifier) {
                problems.add(Violation.error(RuleCodes.NESTED_QUANTIFIER, RuleCodes.FIELD, keyword.span().line(),
                        keyword.span().column()));
            }
            expect(Token.Kind.LPAREN, "(");
            enter(keyword);
            boolean outer = inQuantifier;
            inQuantifier = true;
            Expr expr = or();
            inQuantifier = outer;
            Token close = expect(Token.Kind.RPAREN, "AND/DAN, OR/ATAU, )");
            depth--;
            return new Body(expr, close.span());
        }

        private Expr attribute() {
            Token name = next();
            Attribute attribute = Attribute.named(name.text()).orElse(null);
            if (attribute == null) {
                problems.add(Violation.error(RuleCodes.UNKNOWN_ATTRIBUTE, RuleCodes.FIELD, name.span().line(),
                        name.span().column(), name.text()));
            } else if (attribute.level() == Attribute.Level.FAMILY && memberOnly) {
                problems.add(Violation.error(RuleCodes.FAMILY_ATTRIBUTE_IN_MEMBER_CONDITION, RuleCodes.FIELD,
                        name.span().line(), name.span().column(), name.text()));
            } else if (attribute.level() == Attribute.Level.MEMBER && !inQuantifier) {
                problems.add(Violation.error(RuleCodes.MEMBER_ATTRIBUTE_OUTSIDE_QUANTIFIER, RuleCodes.FIELD,
                        name.span().line(), name.span().column(), name.text()));
            }
            return test(attribute == null ? null : new AttributeRef(attribute), name);
        }

        /** What follows an operand: a comparison, IN, BETWEEN, IS [UN]KNOWN; or nothing for a yes/no attribute. */
        private Expr test(Operand operand, Token start) {
            Token t = peek();
            if (t.kind() == Token.Kind.OPERATOR) {
                next();
                Expr.Op op = Expr.Op.of(t.text());
                boolean fits = !isFlag(operand) && !(op.ordering() && operand != null && !operand.type().ordered());
                if (!fits) {
                    mismatch(t, start, operand);
                }
                Token v = valueToken();
                return new Expr.Compare(operand, op, values.read(fits ? operand : null, start, v), start.span().to(v.span()));
            }
            boolean negated = false;
            if (t.isWord("NOT", "TIDAK") && peek(1).isWord("IN", "DALAM", "BETWEEN", "ANTARA", "DIKETAHUI", "KNOWN")) {
                next();
                negated = true;
                t = peek();
            }
            Expr test;
            if (t.isWord("IN", "DALAM")) {
                test = in(operand, start);
            } else if (t.isWord("BETWEEN", "ANTARA")) {
                test = between(operand, start);
            } else if (t.isWord("DIKETAHUI", "KNOWN") && (negated || t.isWord("DIKETAHUI"))) {
                next();
                test = new Expr.Known(operand, true, start.span().to(t.span()));
            } else if (t.isWord("IS", "ADALAH")) {
                test = is(operand, start);
            } else if (!negated && (isFlag(operand) || operand == null)) {
                return operand == null ? new Expr.Known(null, true, start.span())
                        : new Expr.Flag(((AttributeRef) operand).attribute(), start.span());
            } else if (t.kind() == Token.Kind.END) {
                throw unexpectedEnd(t);
            } else {
                throw new ValidationFailedException(with(Violation.error(RuleCodes.EXPECTED_OPERATOR, RuleCodes.FIELD,
                        t.span().line(), t.span().column(), shown(t), start.text())));
            }
            return negated ? new Expr.Not(test, start.span().to(test.span())) : test;
        }

        private Expr in(Operand operand, Token start) {
            Token in = next();
            if (isFlag(operand)) {
                mismatch(in, start, operand);
            }
            Operand checked = isFlag(operand) ? null : operand;
            expect(Token.Kind.LPAREN, "(");
            List<Object> list = new ArrayList<>();
            do {
                list.add(values.read(checked, start, valueToken()));
            } while (peek().kind() == Token.Kind.COMMA && next() != null);
            Token close = expect(Token.Kind.RPAREN, ", )");
            return new Expr.In(operand, List.copyOf(list), start.span().to(close.span()));
        }

        private Expr between(Operand operand, Token start) {
            Token between = next();
            boolean fits = operand == null || operand.type().ordered();
            if (!fits) {
                mismatch(between, start, operand);
            }
            Operand checked = fits ? operand : null;
            Object low = values.read(checked, start, valueToken());
            if (!peek().isWord("AND", "DAN")) {
                throw syntax(peek(), "AND/DAN");
            }
            next();
            Token highToken = valueToken();
            Object high = values.read(checked, start, highToken);
            return new Expr.Between(operand, low, high, start.span().to(highToken.span()));
        }

        private Expr is(Operand operand, Token start) {
            next();
            boolean not = false;
            if (peek().isWord("NOT", "TIDAK")) {
                next();
                not = true;
            }
            Token what = peek();
            if (what.isWord("KNOWN", "DIKETAHUI")) {
                next();
                return new Expr.Known(operand, !not, start.span().to(what.span()));
            }
            if (what.isWord("UNKNOWN") && !not) {
                next();
                return new Expr.Known(operand, false, start.span().to(what.span()));
            }
            throw what.kind() == Token.Kind.END ? unexpectedEnd(what) : syntax(what, "KNOWN, UNKNOWN");
        }

        private Token valueToken() {
            Token t = peek();
            switch (t.kind()) {
                case NUMBER, STRING, WORD -> {
                    return next();
                }
                case END -> throw unexpectedEnd(t);
                default -> throw new ValidationFailedException(with(Violation.error(RuleCodes.EXPECTED_VALUE,
                        RuleCodes.FIELD, t.span().line(), t.span().column(), shown(t))));
            }
        }

        private void mismatch(Token at, Token attribute, Operand operand) {
            problems.add(Violation.error(RuleCodes.TYPE_MISMATCH, RuleCodes.FIELD, at.span().line(), at.span().column(),
                    operand instanceof AttributeRef ? attribute.text() : attribute.upper(), at.text()));
        }

        private boolean isFlag(Operand operand) {
            return operand != null && operand.type() == ValueType.BOOLEAN;
        }

        private boolean isMemberWord(int ahead) {
            return peek(ahead).isWord("MEMBER", "MEMBERS", "ANGGOTA");
        }

        private void enter(Token at) {
            if (++depth > MAX_DEPTH) {
                throw new ValidationFailedException(with(Violation.error(RuleCodes.TOO_DEEP, RuleCodes.FIELD,
                        at.span().line(), at.span().column(), MAX_DEPTH)));
            }
        }

        private Token expect(Token.Kind kind, String expected) {
            Token t = peek();
            if (t.kind() != kind) {
                throw t.kind() == Token.Kind.END ? unexpectedEnd(t) : syntax(t, expected);
            }
            return next();
        }

        private ValidationFailedException syntax(Token t, String expected) {
            return new ValidationFailedException(with(Violation.error(RuleCodes.SYNTAX, RuleCodes.FIELD,
                    t.span().line(), t.span().column(), shown(t), expected)));
        }

        private ValidationFailedException unexpectedEnd(Token t) {
            return new ValidationFailedException(with(Violation.error(RuleCodes.UNEXPECTED_END, RuleCodes.FIELD,
                    t.span().line(), t.span().column())));
        }

        /** The problems found so far and then the one that stops parsing. */
        private List<Violation> with(Violation stop) {
            List<Violation> all = new ArrayList<>(problems);
            all.add(stop);
            return all;
        }

        private Token peek() {
            return tokens.get(at);
        }

        private Token peek(int ahead) {
            return tokens.get(Math.min(at + ahead, tokens.size() - 1));
        }

        private Token next() {
            Token t = tokens.get(at);
            if (at < tokens.size() - 1) {
                at++;
            }
            return t;
        }

        private static String shown(Token t) {
            String s = t.kind() == Token.Kind.STRING ? "'" + t.text() + "'" : t.text();
            return s.length() > 40 ? s.substring(0, 40) + "…" : s;
        }
    }
}
