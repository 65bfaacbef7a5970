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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.jaring.access.Role;
import id.jaring.access.internal.UserAccount;
import id.jaring.access.internal.UserAdministration;
import id.jaring.platform.FieldErrors;
import id.jaring.platform.ValidationFailedException;
import id.jaring.wilayah.Region;
import id.jaring.wilayah.Regions;

/** User management for administrators (the URL rule and the service both require ADMIN). */
@Controller
@RequestMapping("/users")
class UsersController {

    static final int PAGE_SIZE = 50;

    private final UserAdministration administration;
    private final Regions regions;
    private final MessageSource messages;
    private final Clock clock;

    UsersController(UserAdministration administration, Regions regions, MessageSource messages, Clock clock) {
        this.administration = administration;
        this.regions = regions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        long total = administration.count();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(0, page), pages - 1);
        model.addAttribute("users", administration.page(current, PAGE_SIZE));
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("total", total);
        model.addAttribute("now", clock.instant());
        model.addAttribute("zone", clock.getZone());
        return "access/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        return createForm(model, UserForm.empty());
    }

    @PostMapping
    String create(@ModelAttribute("form") UserForm form, Model model, RedirectAttributes redirect, Locale locale) {
        try {
            long id = administration.create(form.toNewUser());
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("users.created", null, locale));
            return "redirect:/users/" + id;
        } catch (ValidationFailedException e) {
            FieldErrors.addTo(model, e.violations());
            return createForm(model, form.withoutPassword());
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        UserAccount user = administration.get(id);
        return editForm(model, user, UserForm.of(user, regions));
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") UserForm form, Model model,
            RedirectAttributes redirect, Locale locale) {
        UserAccount user = administration.get(id);
        try {
            administration.update(id, form.toProfile());
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("users.updated", null, locale));
            return "redirect:/users/" + id;
        } catch (ValidationFailedException e) {
            FieldErrors.addTo(model, e.violations());
            return editForm(model, user, new UserForm(user.username(), form.displayName(), "", form.role(),
                    form.agencyCode(), form.regionCode(), form.subRegionCode()));
        }
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect, Locale locale) {
        return act(redirect, locale, id, enabled ? "users.enabledDone" : "users.disabledDone",
                () -> administration.setEnabled(id, enabled));
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam(defaultValue = "") String password, Model model,
            RedirectAttributes redirect, Locale locale) {
        try {
            administration.resetPassword(id, password);
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("users.passwordReset", null, locale));
            return "redirect:/users/" + id;
        } catch (ValidationFailedException e) {
            FieldErrors.addTo(model, e.violations());
            UserAccount user = administration.get(id);
            return editForm(model, user, UserForm.of(user, regions));
        }
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        return act(redirect, locale, id, "users.unlocked", () -> administration.unlock(id));
    }

    /** A one-button action: its only possible violation is shown as a flash message. */
    private String act(RedirectAttributes redirect, Locale locale, long id, String doneKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flashSuccess", messages.getMessage(doneKey, null, locale));
        } catch (ValidationFailedException e) {
            var v = e.violations().get(0);
            redirect.addFlashAttribute("flashError", messages.getMessage(v.messageKey(), v.args().toArray(), locale));
        }
        return "redirect:/users/" + id;
    }

    private String createForm(Model model, UserForm form) {
        model.addAttribute("form", form);
        addChoices(model);
        return "access/user-new";
    }

    private String editForm(Model model, UserAccount user, UserForm form) {
        model.addAttribute("user", user);
        model.addAttribute("form", form);
        model.addAttribute("locked", user.isLockedAt(clock.instant()));
        model.addAttribute("zone", clock.getZone());
        addChoices(model);
        return "access/user-edit";
    }

    private void addChoices(Model model) {
        Region province = regions.province();
        model.addAttribute("province", province);
        model.addAttribute("kabKotas", regions.children(province.code()));
        model.addAttribute("roles", Role.values());
    }
}
