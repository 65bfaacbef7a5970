package id.jaring.targeting;

import id.jaring.targeting.rules.Expr;

/**
 * A checked condition over ONE member of a family, in the rule language without a quantifier
 * (a programme component's member condition, e.g. {@code sekolah = SD AND umur < 21}): member
 * attributes only. Obtain one from {@link EligibilityRules#checkMemberCondition(String)}; apply it
 * with {@link MemberConditions}.
 */
public final class MemberCondition {

    private final String text;
    private final Expr condition;

    MemberCondition(String text, Expr condition) {
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
