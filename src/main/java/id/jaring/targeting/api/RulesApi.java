package id.jaring.targeting.api;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.jaring.platform.NotFoundException;
import id.jaring.targeting.Eligibility;
import id.jaring.targeting.EligibilityPreview;
import id.jaring.targeting.EligibilityRules;
import id.jaring.targeting.Explanation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The rule language over HTTP: check a rule, preview its counts in the caller's scope, explain it
 * for one family. Invalid rules answer 400 problem+json with RULE_* codes (line and column in the
 * message), a family outside the scope 404, a role that may not see members 403.
 */
@RestController
@RequestMapping("/api/v1/targeting/rules")
@Tag(name = "Eligibility rules", description = "Check, preview and explain eligibility rules (docs/rules.md)")
class RulesApi {

    record RuleRequest(String text) {
    }

    record ExplainRequest(String text, Long householdId, String noKk) {
    }

    record CheckResult(boolean valid, String text) {
    }

    private final EligibilityRules rules;
    private final Eligibility eligibility;

    RulesApi(EligibilityRules rules, Eligibility eligibility) {
        this.rules = rules;
        this.eligibility = eligibility;
    }

    @PostMapping("/check")
    @Operation(summary = "Check a rule; 400 with RULE_* errors when it is not valid")
    CheckResult check(@RequestBody RuleRequest request) {
        rules.check(request.text());
        return new CheckResult(true, request.text());
    }

    @PostMapping("/preview")
    @Operation(summary = "How many active families in the caller's scope the rule selects, in all and per kab/kota")
    EligibilityPreview preview(@RequestBody RuleRequest request) {
        return eligibility.preview(request.text());
    }

    @PostMapping("/explain")
    @Operation(summary = "Why one family (by householdId or noKk) is or is not selected; audited as a READ")
    Explanation explain(@RequestBody ExplainRequest request) {
        if (request.householdId() != null) {
            return eligibility.explain(request.householdId(), request.text());
        }
        if (request.noKk() != null && !request.noKk().isBlank()) {
            return eligibility.explainNoKk(request.noKk(), request.text());
        }
        throw new NotFoundException("household");
    }
}
