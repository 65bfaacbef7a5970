package id.jaring.enrollment.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;

/** One-button actions of the enrolment pages: the outcome, or the refusal's text, as a flash message. */
final class Flash {

    private Flash() {
    }

    static void act(MessageSource messages, RedirectAttributes redirect, Locale locale, String doneKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flashSuccess", messages.getMessage(doneKey, null, locale));
        } catch (ValidationFailedException e) {
            Violation v = e.violations().get(0);
            redirect.addFlashAttribute("flashError", messages.getMessage(v.messageKey(), v.args().toArray(), locale));
        }
    }
}
