package id.jaring.program.api;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.jaring.platform.NotFoundException;
import id.jaring.program.ProgrammeRule;
import id.jaring.program.ProgrammeRules;
import id.jaring.program.SaveRule;
import id.jaring.targeting.EligibilityPreview;

/** A programme's eligibility rule: the version in force, all versions, a preview, and saving a new version. */
@RestController
@RequestMapping("/api/v1/programmes/{code}/rule")
class ProgrammeRuleApi {

    private final ProgrammeRules rules;

    ProgrammeRuleApi(ProgrammeRules rules) {
        this.rules = rules;
    }

    /** 404 when the programme is unknown or has no rule. */
    @GetMapping
    ProgrammeRule inForce(@PathVariable String code) {
        return rules.inForce(code).orElseThrow(() -> new NotFoundException("rule"));
    }

    @GetMapping("/versions")
    List<ProgrammeRule> versions(@PathVariable String code) {
        return rules.versions(code);
    }

    /** Body {@code {text, note?}}: saves a new version (in force at once). */
    @PutMapping
    ProgrammeRule save(@PathVariable String code, @RequestBody SaveRule body) {
        return rules.save(code, body);
    }

    /** Body {@code {text}}: what the rule would select in the caller's scope, nothing saved. */
    @PostMapping("/preview")
    EligibilityPreview preview(@PathVariable String code, @RequestBody SaveRule body) {
        return rules.preview(code, body.text());
    }
}
