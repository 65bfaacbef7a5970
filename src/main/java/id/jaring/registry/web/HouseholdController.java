package id.jaring.registry.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.jaring.access.CurrentUsers;
import id.jaring.platform.ValidationFailedException;
import id.jaring.registry.EditHousehold;
import id.jaring.registry.HouseholdData;
import id.jaring.registry.HouseholdEditing;
import id.jaring.registry.HouseholdStatus;
import id.jaring.registry.HouseholdView;
import id.jaring.registry.RegistryLookup;
import id.jaring.wilayah.Regions;

/** A family's page and its edit form (optimistic version in a hidden field). */
@Controller
class HouseholdController {

    private final RegistryLookup lookup;
    private final HouseholdEditing editing;
    private final Regions regions;
    private final RegionPicker picker;
    private final CurrentUsers users;
    private final MessageSource messages;

    HouseholdController(RegistryLookup lookup, HouseholdEditing editing, Regions regions, RegionPicker picker,
            CurrentUsers users, MessageSource messages) {
        this.lookup = lookup;
        this.editing = editing;
        this.regions = regions;
        this.picker = picker;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/households/{id}")
    String show(@PathVariable long id, Model model) {
        HouseholdView household = lookup.household(id);
        model.addAttribute("h", household);
        model.addAttribute("path", regions.path(household.desaCode()));
        model.addAttribute("welfare", WelfareFact.of(household.welfare()));
        model.addAttribute("pastMembers", HistoryLine.newestFirst(lookup.householdMemberships(id).stream().filter(m -> !m.current()).toList()));
        model.addAttribute("mayEdit", users.current().role().canEditRegistry());
        return "registry/household";
    }

    @GetMapping("/households/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        HouseholdView h = lookup.household(id);
        return showForm(h, new HouseholdEditForm(h.version(), h.status().name(), false, FormMapping.form(h)),
                Feedback.NONE, model);
    }

    @PostMapping("/households/{id}/edit")
    String edit(@PathVariable long id, @ModelAttribute("form") HouseholdEditForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        HouseholdView h = lookup.household(id);
        FormValues read = new FormValues();
        HouseholdData data = FormMapping.household(form.household(), read);
        HouseholdStatus status = read.choice(HouseholdStatus.class, form.status(), "status");
        if (read.hasErrors()) {
            return showForm(h, form, Feedback.of(read.violations(), messages, locale), model);
        }
        try {
            editing.edit(new EditHousehold(id, form.version() == null ? -1 : form.version(), data, status,
                    form.confirmWarnings()));
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("rw.saved", null, locale));
            return "redirect:/households/" + id;
        } catch (ValidationFailedException e) {
            return showForm(h, form, Feedback.of(e.violations(), messages, locale), model);
        }
    }

    private String showForm(HouseholdView h, HouseholdEditForm form, Feedback feedback, Model model) {
        model.addAttribute("h", h);
        model.addAttribute("form", new HouseholdEditForm(form.version(), form.status(), false, form.household()));
        model.addAttribute("fb", feedback);
        picker.fill(form.household().desaCode(), model);
        return "registry/household-edit";
    }
}
