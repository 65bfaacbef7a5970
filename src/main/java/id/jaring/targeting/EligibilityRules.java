package id.jaring.targeting;

import org.springframework.stereotype.Service;

import id.jaring.targeting.rules.RuleParser;
import id.jaring.wilayah.Region;
import id.jaring.wilayah.Regions;

/**
 * Checks rule text (grammar: docs/rules.md). Needs no database and no role: a rule is not data.
 */
@Service
public class EligibilityRules {

    private final RuleParser parser;

    EligibilityRules(Regions regions) {
        this.parser = new RuleParser(code -> regions.find(code).map(Region::level).orElse(0));
    }

    /**
     * The parsed rule.
     *
     * @throws id.jaring.platform.ValidationFailedException with RULE_* codes ({@link RuleCodes});
     *         codes that point into the text carry line and column as their first two arguments
     */
    public Rule check(String text) {
        return new Rule(text, parser.parse(text));
    }

    /**
     * The parsed condition over one member (a programme component's member condition): member
     * attributes without a quantifier.
     *
     * @throws id.jaring.platform.ValidationFailedException with RULE_* codes, also
     *         RULE_FAMILY_ATTRIBUTE_IN_MEMBER_CONDITION and RULE_QUANTIFIER_IN_MEMBER_CONDITION
     */
    public MemberCondition checkMemberCondition(String text) {
        return new MemberCondition(text, parser.parseMemberCondition(text));
    }
}
