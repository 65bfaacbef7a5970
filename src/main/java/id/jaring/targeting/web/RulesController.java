package id.jaring.targeting.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.targeting.Eligibility;
import id.jaring.targeting.EligibilityRules;

/**
 * The rule editor: write a rule, check it (errors with line, column and a caret), preview how
 * many families it selects, and ask why one family is or is not selected. The actions only read,
 * so each POST renders the page (htmx swaps just the result panel); nothing is saved here.
 */
@Controller
class RulesController {

    static final String EXAMPLE = "desil <= 4 AND ANY MEMBER (hamil OR umur < 6\n"
            + "  OR (sekolah IN (SD, SMP, SMA) AND umur < 21)\n  OR umur >= 60 OR disabilitas = BERAT)";

    private final EligibilityRules rules;
    private final Eligibility eligibility;
    private final MessageSource messages;

    RulesController(EligibilityRules rules, Eligibility eligibility, MessageSource messages) {
        this.rules = rules;
        this.eligibility = eligibility;
        this.messages = messages;
    }

    @GetMapping("/targeting/rules")
    String page(@RequestParam(required = false) String text, Model model) {
        model.addAttribute("text", text == null ? EXAMPLE : text);
        return "targeting/rules";
    }

    @PostMapping("/targeting/rules/check")
    String check(@RequestParam(defaultValue = "") String text, Model model, Locale locale) {
        model.addAttribute("text", text);
        try {
            rules.check(text);
            model.addAttribute("valid", true);
        } catch (ValidationFailedException e) {
            model.addAttribute("errors", RuleErrorView.of(e.violations(), text, messages, locale));
        }
        return "targeting/rules";
    }

    @PostMapping("/targeting/rules/preview")
    String preview(@RequestParam(defaultValue = "") String text, Model model, Locale locale) {
        model.addAttribute("text", text);
        try {
            model.addAttribute("preview", eligibility.preview(text));
        } catch (ValidationFailedException e) {
            model.addAttribute("errors", RuleErrorView.of(e.violations(), text, messages, locale));
        }
        return "targeting/rules";
    }

    @PostMapping("/targeting/rules/explain")
    String explain(@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String household,
            Model model, Locale locale) {
        model.addAttribute("text", text);
        model.addAttribute("household", household);
        String key = household.replaceAll("[\\s.-]", "");
        try {
            if (key.matches("\\d{16}")) {
                model.addAttribute("explanation", eligibility.explainNoKk(key, text));
            } else if (key.matches("\\d{1,15}")) {
                model.addAttribute("explanation", eligibility.explain(Long.parseLong(key), text));
            } else {
                model.addAttribute("whyProblem", messages.getMessage("rules.notFound", null, locale));
            }
        } catch (ValidationFailedException e) {
            model.addAttribute("errors", RuleErrorView.of(e.violations(), text, messages, locale));
        } catch (NotFoundException e) {
            model.addAttribute("whyProblem", messages.getMessage("rules.notFound", null, locale));
        } catch (AccessDeniedException e) {
            model.addAttribute("whyProblem", messages.getMessage("rules.forbidden", null, locale));
        }
        return "targeting/rules";
    }
}
