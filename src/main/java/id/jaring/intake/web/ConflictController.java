package id.jaring.intake.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.jaring.platform.ValidationFailedException;
import id.jaring.registry.ConflictView;
import id.jaring.registry.RegistryConflicts;

/** The data steward's list of values that agencies disagree on, and the decision on one. */
@Controller
class ConflictController {

    private final RegistryConflicts conflicts;
    private final MessageSource messages;

    ConflictController(RegistryConflicts conflicts, MessageSource messages) {
        this.conflicts = conflicts;
        this.messages = messages;
    }

    @GetMapping("/intake/conflicts")
    String list(@RequestParam(required = false) Long before, Model model) {
        List<ConflictView> page = conflicts.open(before, 50);
        model.addAttribute("conflicts", page);
        model.addAttribute("nextBefore", page.size() == 50 ? page.get(page.size() - 1).id() : null);
        return "intake/conflicts";
    }

    @PostMapping("/intake/conflicts/{id}")
    String decide(@PathVariable long id, @RequestParam String value, RedirectAttributes redirect, Locale locale) {
        try {
            conflicts.decide(id, value);
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("intake.conflict.decided", null, locale));
        } catch (ValidationFailedException e) {
            redirect.addFlashAttribute("flashError",
                    messages.getMessage(e.violations().get(0).messageKey(), null, locale));
        }
        return "redirect:/intake/conflicts";
    }
}
