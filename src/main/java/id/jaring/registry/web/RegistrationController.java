package id.jaring.registry.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.jaring.platform.ValidationFailedException;
import id.jaring.registry.HouseholdRegistration;
import id.jaring.registry.RegisterHousehold;
import id.jaring.registry.Saved;

/**
 * Registers a family with its members in one form. "Tambah anggota" and "hapus" re-render the
 * form with a row more or less (a plain submit, so it works without JavaScript); "simpan" saves
 * or re-renders with every problem beside its input and the typed values kept.
 */
@Controller
class RegistrationController {

    private final HouseholdRegistration registration;
    private final RegionPicker picker;
    private final MessageSource messages;

    RegistrationController(HouseholdRegistration registration, RegionPicker picker, MessageSource messages) {
        this.registration = registration;
        this.picker = picker;
        this.messages = messages;
    }

    @GetMapping("/households/new")
    String form(@RequestParam(required = false) String desa, Model model) {
        return show(RegisterForm.start(FormValues.text(desa)), Feedback.NONE, model);
    }

    @PostMapping("/households/new")
    String submit(@ModelAttribute("form") RegisterForm form, @RequestParam(required = false) String addMember,
            @RequestParam(required = false) Integer removeMember, Model model, Locale locale,
            RedirectAttributes redirect) {
        if (addMember != null) {
            return show(form.withExtraRow(), Feedback.NONE, model);
        }
        if (removeMember != null) {
            return show(form.withoutRow(removeMember), Feedback.NONE, model);
        }
        RegisterForm typed = form.withoutBlankRows();
        FormValues read = new FormValues();
        RegisterHousehold command = FormMapping.register(typed, read);
        if (read.hasErrors()) {
            return show(typed, Feedback.of(read.violations(), messages, locale), model);
        }
        try {
            Saved saved = registration.register(command);
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("rw.registered", null, locale));
            return "redirect:/households/" + saved.id();
        } catch (ValidationFailedException e) {
            return show(typed, Feedback.of(e.violations(), messages, locale), model);
        }
    }

    private String show(RegisterForm form, Feedback feedback, Model model) {
        model.addAttribute("form", new RegisterForm(form.household(), form.members(), form.since(), false));
        model.addAttribute("fb", feedback);
        picker.fill(form.household().desaCode(), model);
        return "registry/register";
    }
}
