package id.jaring.registry.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.jaring.platform.ValidationFailedException;
import id.jaring.registry.PersonMerging;

/**
 * The undo button of the person page's merge list (data steward). Merging itself is started from
 * the linkage review queue, which calls {@link PersonMerging} directly.
 */
@Controller
class PersonMergeController {

    private final PersonMerging merging;
    private final MessageSource messages;

    PersonMergeController(PersonMerging merging, MessageSource messages) {
        this.merging = merging;
        this.messages = messages;
    }

    /** Undoes the merge and goes back to the page it was asked from (a person of the merge). */
    @PostMapping("/person-merges/{id}/undo")
    String undo(@PathVariable long id, @RequestParam long personId, @RequestParam(required = false) String reason,
            Locale locale, RedirectAttributes redirect) {
        try {
            merging.unmerge(id, reason);
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("merge.undone.flash", null, locale));
        } catch (ValidationFailedException e) {
            redirect.addFlashAttribute("flashError", String.join(" ", Feedback.of(e.violations(), messages, locale).all()));
        }
        return "redirect:/persons/" + personId;
    }
}
