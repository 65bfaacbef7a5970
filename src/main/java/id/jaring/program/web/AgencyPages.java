package id.jaring.program.web;

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

import id.jaring.platform.FieldErrors;
import id.jaring.platform.ValidationFailedException;
import id.jaring.program.Agencies;
import id.jaring.program.Agency;
import id.jaring.program.AgencyKind;
import id.jaring.program.Programmes;

/** Agency list with the new-agency form, and the edit form. */
@Controller
@RequestMapping("/agencies")
class AgencyPages {

    /** The agency form, as typed. */
    record AgencyForm(String code, String name, String kind) {

        Agency toAgency() {
            AgencyKind k;
            try {
                k = kind == null || kind.isBlank() ? null : AgencyKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                k = null;
            }
            return new Agency(FormInput.code(code), FormInput.text(name), k);
        }
    }

    private final Agencies agencies;
    private final Programmes programmes;
    private final MessageSource messages;

    AgencyPages(Agencies agencies, Programmes programmes, MessageSource messages) {
        this.agencies = agencies;
        this.programmes = programmes;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        return listPage(model, new AgencyForm("", "", "OPD"));
    }

    @PostMapping
    String create(@ModelAttribute("form") AgencyForm form, Model model, RedirectAttributes redirect, Locale locale) {
        try {
            agencies.create(form.toAgency());
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("prog.agencySaved", null, locale));
            return "redirect:/agencies";
        } catch (ValidationFailedException e) {
            FieldErrors.addTo(model, e.violations());
            return listPage(model, form);
        }
    }

    @GetMapping("/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        Agency a = agencies.get(code);
        model.addAttribute("form", new AgencyForm(a.code(), a.name(), a.kind().name()));
        model.addAttribute("kinds", AgencyKind.values());
        return "program/agency-form";
    }

    @PostMapping("/{code}/edit")
    String update(@PathVariable String code, @ModelAttribute("form") AgencyForm form, Model model,
            RedirectAttributes redirect, Locale locale) {
        agencies.get(code);
        try {
            agencies.update(code, form.toAgency());
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("prog.agencySaved", null, locale));
            return "redirect:/agencies";
        } catch (ValidationFailedException e) {
            FieldErrors.addTo(model, e.violations());
            model.addAttribute("form", new AgencyForm(code, form.name(), form.kind()));
            model.addAttribute("kinds", AgencyKind.values());
            return "program/agency-form";
        }
    }

    private String listPage(Model model, AgencyForm form) {
        model.addAttribute("agencies", agencies.list());
        model.addAttribute("mayDefine", programmes.mayDefine());
        model.addAttribute("form", form);
        model.addAttribute("kinds", AgencyKind.values());
        return "program/agencies";
    }
}
