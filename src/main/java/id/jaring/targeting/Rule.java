package id.jaring.targeting;

import id.jaring.targeting.rules.Expr;

/**
 * A checked eligibility rule: its text as the data steward wrote it and its syntax tree. Obtain
 * one from {@link EligibilityRules#check(String)}; pass it to {@link Eligibility} as often as
 * needed without parsing again.
 */
public final class Rule {

    private final String text;
    private final Expr condition;

    Rule(String text, Expr condition) {
        this.text = text;
        this.condition = condition;
    }

    public String text() {
        return text;
    }

    Expr condition() {
        return condition;
    }

    @Override
    public String toString() {
        return text;
    }
}
