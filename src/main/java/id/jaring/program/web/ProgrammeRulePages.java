package id.jaring.program.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.jaring.platform.FieldErrors;
import id.jaring.platform.ValidationFailedException;
import id.jaring.program.Programme;
import id.jaring.program.ProgrammeRules;
import id.jaring.program.Programmes;
import id.jaring.program.SaveRule;

/**
 * A programme's eligibility rule: the version in force, its history, and the form to write a new
 * version. "Pratinjau" checks the rule and shows how many families it selects without saving;
 * "Simpan" saves only a text whose preview was shown (the form carries the previewed text back);
 * otherwise it shows the preview first. Errors show the rule's line and column.
 */
@Controller
@RequestMapping("/programmes/{code}/rule")
class ProgrammeRulePages {

    private final Programmes programmes;
    private final ProgrammeRules rules;
    private final MessageSource messages;

    ProgrammeRulePages(Programmes programmes, ProgrammeRules rules, MessageSource messages) {
        this.programmes = programmes;
        this.rules = rules;
        this.messages = messages;
    }

    @GetMapping
    String show(@PathVariable String code, Model model) {
        Programme p = programmes.get(code);
        String text = rules.inForce(code).map(r -> r.text()).orElse("");
        return page(model, p, text, "");
    }

    @PostMapping
    String submit(@PathVariable String code, @RequestParam(required = false) String text,
            @RequestParam(required = false) String note, @RequestParam(defaultValue = "preview") String action,
            @RequestParam(required = false) String previewed,
            Model model, RedirectAttributes redirect, Locale locale) {
        Programme p = programmes.get(code);
        try {
            boolean seen = text != null && text.strip().equals(previewed == null ? null : previewed.strip());
            if ("save".equals(action) && seen) {
                int version = rules.save(code, new SaveRule(text, note)).version();
                redirect.addFlashAttribute("flashSuccess",
                        messages.getMessage("wait.ruleSaved", new Object[] {version}, locale));
                return "redirect:/programmes/" + code + "/rule";
            }
            model.addAttribute("preview", rules.preview(code, text));
            model.addAttribute("previewed", text);
            model.addAttribute("confirmSave", "save".equals(action));
        } catch (ValidationFailedException e) {
            FieldErrors.addTo(model, e.violations());
        }
        return page(model, p, text, note);
    }

    private String page(Model model, Programme p, String text, String note) {
        model.addAttribute("programme", p);
        model.addAttribute("text", text == null ? "" : text);
        model.addAttribute("note", note == null ? "" : note);
        model.addAttribute("versions", rules.versions(p.code()));
        model.addAttribute("mayManage", programmes.mayManage(p));
        return "program/rule";
    }
}
