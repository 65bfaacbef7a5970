package id.jaring.registry.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.registry.AddMember;
import id.jaring.registry.ChangeRelationship;
import id.jaring.registry.EndMembership;
import id.jaring.registry.HouseholdEditing;
import id.jaring.registry.HouseholdView;
import id.jaring.registry.MembershipEnd;
import id.jaring.registry.PersonData;
import id.jaring.registry.PersonMatch;
import id.jaring.registry.RegistryCodes;
import id.jaring.registry.RegistryLookup;
import id.jaring.registry.RegistrySearch;
import id.jaring.registry.Relationship;

/**
 * Changes to who belongs to a family: add a member (a new person, or someone registered moving
 * in, found by NIK), end a membership (moved out, died, correction), change a relationship.
 */
@Controller
class MemberController {

    static final String NIK_NOT_FOUND = "FORM_NIK_NOT_FOUND";

    private final RegistryLookup lookup;
    private final RegistrySearch search;
    private final HouseholdEditing editing;
    private final MessageSource messages;

    MemberController(RegistryLookup lookup, RegistrySearch search, HouseholdEditing editing, MessageSource messages) {
        this.lookup = lookup;
        this.search = search;
        this.editing = editing;
        this.messages = messages;
    }

    @GetMapping("/households/{id}/members/new")
    String addForm(@PathVariable long id, Model model) {
        return showAdd(lookup.household(id), new AddMemberForm("new", null, null, null, false, null), Feedback.NONE,
                model);
    }

    @PostMapping("/households/{id}/members/new")
    String add(@PathVariable long id, @ModelAttribute("form") AddMemberForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        HouseholdView household = lookup.household(id);
        FormValues read = new FormValues();
        Relationship hubungan = read.choice(Relationship.class, form.hubungan(), "hubungan");
        LocalDate since = read.date(form.since(), "since");
        AddMember command;
        if ("existing".equals(form.mode())) {
            Optional<Long> personId = existingPerson(form.existingNik(), read);
            command = AddMember.existingPerson(id, hubungan, personId.orElse(0L), since);
        } else {
            PersonData person = FormMapping.person(form.newPerson(), "newPerson.", read);
            command = AddMember.newPerson(id, hubungan, person, since, form.confirmWarnings());
        }
        if (read.hasErrors()) {
            return showAdd(household, form, Feedback.of(read.violations(), messages, locale), model);
        }
        try {
            editing.addMember(command);
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("rw.memberAdded", null, locale));
            return "redirect:/households/" + id;
        } catch (ValidationFailedException e) {
            return showAdd(household, form, Feedback.of(e.violations(), messages, locale), model);
        }
    }

    @PostMapping("/households/{id}/members/{personId}/end")
    String end(@PathVariable long id, @PathVariable long personId, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String on, Locale locale, RedirectAttributes redirect) {
        FormValues read = new FormValues();
        MembershipEnd why = read.choice(MembershipEnd.class, reason, "reason");
        LocalDate date = read.date(on, "on");
        return act(id, read, () -> editing.endMembership(new EndMembership(id, personId, why, date)),
                "rw.membershipEnded", locale, redirect);
    }

    @PostMapping("/households/{id}/members/{personId}/relationship")
    String relationship(@PathVariable long id, @PathVariable long personId,
            @RequestParam(required = false) String hubungan, Locale locale, RedirectAttributes redirect) {
        FormValues read = new FormValues();
        Relationship r = read.choice(Relationship.class, hubungan, "hubungan");
        return act(id, read, () -> editing.changeRelationship(new ChangeRelationship(id, personId, r)),
                "rw.relationshipChanged", locale, redirect);
    }

    /** Runs a one-button change and comes back to the family's page with its outcome. */
    private String act(long id, FormValues read, Runnable change, String successKey, Locale locale,
            RedirectAttributes redirect) {
        try {
            if (read.hasErrors()) {
                throw new ValidationFailedException(read.violations());
            }
            change.run();
            redirect.addFlashAttribute("flashSuccess", messages.getMessage(successKey, null, locale));
        } catch (ValidationFailedException e) {
            redirect.addFlashAttribute("flashError",
                    String.join(" ", Feedback.of(e.violations(), messages, locale).all()));
        }
        return "redirect:/households/" + id;
    }

    /** The living person with this NIK, within the user's scope. */
    private Optional<Long> existingPerson(String nik, FormValues read) {
        String n = FormValues.text(nik);
        if (n == null || !n.matches("\\d{16}")) {
            read.violations().add(Violation.error(n == null ? RegistryCodes.REQUIRED : RegistryCodes.NIK_FORMAT,
                    "existingNik", "nik"));
            return Optional.empty();
        }
        List<PersonMatch> hits = search.byNik(n);
        Optional<Long> alive = hits.stream().filter(PersonMatch::alive).map(PersonMatch::personId).findFirst();
        if (alive.isEmpty()) {
            read.violations().add(Violation.error(NIK_NOT_FOUND, "existingNik"));
        }
        return alive;
    }

    private String showAdd(HouseholdView household, AddMemberForm form, Feedback feedback, Model model) {
        model.addAttribute("h", household);
        model.addAttribute("form", new AddMemberForm(form.mode(), form.hubungan(), form.existingNik(), form.since(),
                false, form.newPerson()));
        model.addAttribute("fb", feedback);
        return "registry/member-add";
    }
}
