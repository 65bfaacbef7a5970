package id.jaring.enrollment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.program.Programme;
import id.jaring.program.ProgrammeRule;
import id.jaring.program.ProgrammeRules;
import id.jaring.targeting.Condition;
import id.jaring.targeting.Eligibility;
import id.jaring.targeting.EligibilityRules;
import id.jaring.targeting.Explanation;
import id.jaring.targeting.FamilySnapshot;
import id.jaring.targeting.Rule;
import id.jaring.targeting.MemberOutcome;

/**
 * The eligibility result that justifies a proposal or an approval: the programme's rule in force
 * evaluated in Java for the family ({@link Eligibility#explain(FamilySnapshot, String)} on the family FamilyEvidence read), kept
 * as jsonb in {@code enrolment.eligibility_result}: rule version and text, as-of date, result and
 * the condition tree with member ids and values (names are left out, as in {@code evidence}).
 * A programme without a rule records that fact and lets the family through.
 */
@Component
class EligibilityEvidence {

    /** The stored result and whether the family may go on. */
    record Result(Map<String, Object> json, boolean eligible) {
    }

    private final ProgrammeRules rules;
    private final EligibilityRules checker;
    private final Eligibility eligibility;

    EligibilityEvidence(ProgrammeRules rules, EligibilityRules checker, Eligibility eligibility) {
        this.rules = rules;
        this.checker = checker;
        this.eligibility = eligibility;
    }

    Result evaluate(Programme programme, FamilySnapshot family, LocalDate today) {
        return evaluator(programme, today).apply(family);
    }

    /**
     * The programme's rule in force, read once, evaluated for as many families as the caller has.
     *
     * @throws id.jaring.platform.ValidationFailedException RULE_* when the stored rule no longer parses
     */
    Function<FamilySnapshot, Result> evaluator(Programme programme, LocalDate today) {
        Optional<ProgrammeRule> rule = rules.inForce(programme.code());
        Optional<Rule> checked = rule.map(r -> checker.check(r.text()));
        return family -> evaluate(rule, checked, family, today);
    }

    /**
     * {@link #evaluator} for evidence only (an exit: the result does not decide it): a stored rule that
     * no longer parses is recorded as RULE_UNREADABLE instead of refusing the exit.
     */
    Function<FamilySnapshot, Result> evidenceEvaluator(Programme programme, LocalDate today) {
        try {
            return evaluator(programme, today);
        } catch (ValidationFailedException unreadable) {
            ProgrammeRule rule = rules.inForce(programme.code()).orElseThrow();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ruleVersion", rule.version());
            m.put("rule", rule.text());
            m.put("asOf", today.toString());
            m.put("result", "RULE_UNREADABLE");
            m.put("errors", unreadable.violations().stream().map(Violation::code).toList());
            Result result = new Result(m, false);
            return family -> result;
        }
    }

    private Result evaluate(Optional<ProgrammeRule> rule, Optional<Rule> checked, FamilySnapshot family, LocalDate today) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (rule.isEmpty()) {
            m.put("ruleVersion", null);
            m.put("asOf", today.toString());
            m.put("result", "NO_RULE");
            return new Result(m, true);
        }
        Explanation e = eligibility.explain(family, checked.orElseThrow());
        m.put("ruleVersion", rule.get().version());
        m.put("rule", rule.get().text());
        m.put("asOf", e.asOf().toString());
        m.put("result", e.condition().result().name());
        m.put("eligible", e.eligible());
        m.put("householdStatus", e.status());
        m.put("desil", e.desil());
        m.put("condition", condition(e.condition()));
        return new Result(m, e.eligible());
    }

    static Violation notEligible(Programme programme, Result result) {
        return Violation.error(EnrolmentCodes.NOT_ELIGIBLE, "householdId", programme.code(),
                result.json().get("ruleVersion"));
    }

    private static Map<String, Object> condition(Condition c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", c.text());
        m.put("result", c.result().name());
        m.put("value", c.value());
        if (!c.parts().isEmpty()) {
            m.put("parts", c.parts().stream().map(EligibilityEvidence::condition).toList());
        }
        if (!c.members().isEmpty()) {
            m.put("members", c.members().stream().map(EligibilityEvidence::member).toList());
        }
        return m;
    }

    private static Map<String, Object> member(MemberOutcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("personId", o.personId());
        m.put("hubungan", o.hubungan());
        m.put("result", o.result().name());
        m.put("deciding", o.deciding());
        m.put("detail", o.detail() == null ? null : condition(o.detail()));
        return m;
    }

}
