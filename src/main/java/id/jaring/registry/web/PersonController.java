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
import id.jaring.registry.EditPerson;
import id.jaring.registry.PersonData;
import id.jaring.registry.PersonEditing;
import id.jaring.registry.PersonMerging;
import id.jaring.registry.PersonView;
import id.jaring.registry.RegistryLookup;
import id.jaring.wilayah.Regions;

/** A person's full record (the service audits the read), their memberships, and the edit form. */
@Controller
class PersonController {

    private final RegistryLookup lookup;
    private final PersonEditing editing;
    private final Regions regions;
    private final CurrentUsers users;
    private final MessageSource messages;
    private final PersonMerging merging;
    private final java.time.ZoneId zone;

    PersonController(RegistryLookup lookup, PersonEditing editing, Regions regions, CurrentUsers users,
            MessageSource messages, PersonMerging merging, java.time.Clock clock) {
        this.merging = merging;
        this.zone = clock.getZone();
        this.lookup = lookup;
        this.editing = editing;
        this.regions = regions;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/persons/{id}")
    String show(@PathVariable long id, Model model) {
        PersonView person = lookup.person(id);
        model.addAttribute("p", person);
        model.addAttribute("path", person.desaCode() == null ? java.util.List.of() : regions.path(person.desaCode()));
        model.addAttribute("memberships", HistoryLine.newestFirst(lookup.personMemberships(id)));
        model.addAttribute("mayEdit", users.current().role().canEditRegistry() && !person.merged());
        model.addAttribute("merges", merging.mergesOf(id));
        model.addAttribute("mayMerge", users.current().role().canMergePersons());
        model.addAttribute("zone", zone);
        return "registry/person";
    }

    @GetMapping("/persons/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        PersonView p = lookup.person(id);
        return showForm(p, new PersonEditForm(p.version(), false, FormMapping.form(p.data())), Feedback.NONE, model);
    }

    @PostMapping("/persons/{id}/edit")
    String edit(@PathVariable long id, @ModelAttribute("form") PersonEditForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        PersonView p = lookup.person(id);
        FormValues read = new FormValues();
        PersonData data = FormMapping.person(form.person(), "person.", read);
        if (read.hasErrors()) {
            return showForm(p, form, Feedback.of(read.violations(), messages, locale), model);
        }
        try {
            editing.edit(new EditPerson(id, form.version() == null ? -1 : form.version(), data, form.confirmWarnings()));
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("rw.saved", null, locale));
            return "redirect:/persons/" + id;
        } catch (ValidationFailedException e) {
            return showForm(p, form, Feedback.of(e.violations(), messages, locale), model);
        }
    }

    private String showForm(PersonView p, PersonEditForm form, Feedback feedback, Model model) {
        model.addAttribute("p", p);
        model.addAttribute("form", new PersonEditForm(form.version(), false, form.person()));
        model.addAttribute("fb", feedback);
        return "registry/person-edit";
    }
}
