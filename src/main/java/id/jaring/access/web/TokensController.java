package id.jaring.access.web;

import java.time.Clock;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.jaring.access.CurrentUsers;
import id.jaring.access.Role;
import id.jaring.access.internal.TokenManagement;
import id.jaring.platform.FieldErrors;
import id.jaring.platform.ValidationFailedException;

/**
 * Personal API tokens of the logged-in user; administrators also see everyone's. A new token's
 * secret travels to the next page as a flash attribute, so it is shown exactly once.
 */
@Controller
@RequestMapping("/tokens")
class TokensController {

    /** Days as text so that a non-number becomes the same validation error as an out-of-range one. */
    record TokenForm(String name, String validDays) {

        Integer days() {
            try {
                return validDays == null ? null : Integer.valueOf(validDays.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    private final TokenManagement tokens;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;
    private final Clock clock;

    TokensController(TokenManagement tokens, CurrentUsers currentUsers, MessageSource messages, Clock clock) {
        this.tokens = tokens;
        this.currentUsers = currentUsers;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        return page(model, new TokenForm("", String.valueOf(TokenManagement.DEFAULT_DAYS)));
    }

    @PostMapping
    String create(@ModelAttribute("form") TokenForm form, Model model, RedirectAttributes redirect, Locale locale) {
        try {
            TokenManagement.CreatedToken created = tokens.create(form.name(), form.days());
            redirect.addFlashAttribute("newToken", created.secret());
            redirect.addFlashAttribute("newTokenName", created.token().name());
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("tokens.created", null, locale));
            return "redirect:/tokens";
        } catch (ValidationFailedException e) {
            FieldErrors.addTo(model, e.violations());
            return page(model, form);
        }
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        tokens.revoke(id);
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("tokens.revoked", null, locale));
        return "redirect:/tokens";
    }

    private String page(Model model, TokenForm form) {
        boolean admin = currentUsers.current().role() == Role.ADMIN;
        model.addAttribute("form", form);
        model.addAttribute("tokens", tokens.mine());
        model.addAttribute("allTokens", admin ? tokens.everyone() : java.util.List.of());
        model.addAttribute("admin", admin);
        model.addAttribute("now", clock.instant());
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("minDays", TokenManagement.MIN_DAYS);
        model.addAttribute("maxDays", TokenManagement.MAX_DAYS);
        return "access/tokens";
    }
}
