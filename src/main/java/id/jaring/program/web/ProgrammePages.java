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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.jaring.platform.FieldErrors;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.program.Agencies;
import id.jaring.program.AutomaticExits;
import id.jaring.program.ProgramCodes;
import id.jaring.program.Programme;
import id.jaring.program.ProgrammeComponents;
import id.jaring.program.ProgrammeRules;
import id.jaring.program.ProgrammeStatus;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;

/** Programme list, programme page (components, quotas), and the programme and component forms. */
@Controller
@RequestMapping("/programmes")
class ProgrammePages {

    private final Programmes programmes;
    private final ProgrammeComponents components;
    private final Quotas quotas;
    private final Agencies agencies;
    private final ProgrammeRules rules;
    private final MessageSource messages;

    ProgrammePages(Programmes programmes, ProgrammeComponents components, Quotas quotas, Agencies agencies,
            ProgrammeRules rules, MessageSource messages) {
        this.rules = rules;
        this.programmes = programmes;
        this.components = components;
        this.quotas = quotas;
        this.agencies = agencies;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("programmes", programmes.list());
        model.addAttribute("mayDefine", programmes.mayDefine());
        return "program/programmes";
    }

    @GetMapping("/new")
    String newProgramme(Model model) {
        return programmeForm(model, ProgrammeForm.empty(), null);
    }

    @PostMapping
    String create(@ModelAttribute("form") ProgrammeForm form, Model model, RedirectAttributes redirect, Locale locale) {
        try {
            Programme p = programmes.create(form.toData());
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("prog.saved", null, locale));
            return "redirect:/programmes/" + p.code();
        } catch (ValidationFailedException e) {
            FieldErrors.addTo(model, e.violations());
            return programmeForm(model, form, null);
        }
    }

    @GetMapping("/{code}")
    String show(@PathVariable String code, Model model) {
        return page(model, programmes.get(code), ComponentForm.empty());
    }

    @GetMapping("/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        Programme p = programmes.get(code);
        return programmeForm(model, ProgrammeForm.of(p), p);
    }

    @PostMapping("/{code}/edit")
    String update(@PathVariable String code, @ModelAttribute("form") ProgrammeForm form, Model model,
            RedirectAttributes redirect, Locale locale) {
        Programme p = programmes.get(code);
        try {
            programmes.update(code, form.toData());
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("prog.saved", null, locale));
            return "redirect:/programmes/" + code;
        } catch (ValidationFailedException e) {
            FieldErrors.addTo(model, e.violations());
            return programmeForm(model, form, p);
        }
    }

    @PostMapping("/{code}/components")
    String addComponent(@PathVariable String code, @ModelAttribute("componentForm") ComponentForm form, Model model,
            RedirectAttributes redirect, Locale locale) {
        Programme p = programmes.get(code);
        try {
            components.add(code, form.toData());
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("prog.componentSaved", null, locale));
            return "redirect:/programmes/" + code;
        } catch (ValidationFailedException e) {
            FieldErrors.addTo(model, e.violations());
            return page(model, p, form);
        }
    }

    @GetMapping("/{code}/components/{component}/edit")
    String editComponent(@PathVariable String code, @PathVariable String component, Model model) {
        model.addAttribute("programme", programmes.get(code));
        model.addAttribute("componentForm", ComponentForm.of(components.get(code, component)));
        return "program/component-form";
    }

    @PostMapping("/{code}/components/{component}/edit")
    String updateComponent(@PathVariable String code, @PathVariable String component,
            @ModelAttribute("componentForm") ComponentForm form, Model model, RedirectAttributes redirect, Locale locale) {
        Programme p = programmes.get(code);
        try {
            components.update(code, component, form.toData());
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("prog.componentSaved", null, locale));
            return "redirect:/programmes/" + code;
        } catch (ValidationFailedException e) {
            FieldErrors.addTo(model, e.violations());
            model.addAttribute("programme", p);
            return "program/component-form";
        }
    }

    /** One kab/kota's quota; a refusal comes back as a flash message on the programme page. */
    @PostMapping("/{code}/quotas/{kabKota}")
    String setQuota(@PathVariable String code, @PathVariable String kabKota, @RequestParam(required = false) String quota,
            RedirectAttributes redirect, Locale locale) {
        try {
            java.util.List<Violation> problems = new java.util.ArrayList<>();
            Integer value = FormInput.integer(quota, "quota", ProgramCodes.QUOTA_NEGATIVE, problems);
            if (!problems.isEmpty()) {
                throw new ValidationFailedException(problems);
            }
            quotas.set(code, kabKota, value);
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("prog.quotaSaved", new Object[] {kabKota}, locale));
        } catch (ValidationFailedException e) {
            Violation v = e.violations().get(0);
            redirect.addFlashAttribute("flashError", messages.getMessage(v.messageKey(), v.args().toArray(), locale));
        }
        return "redirect:/programmes/" + code + "#quotas";
    }

    private String page(Model model, Programme p, ComponentForm componentForm) {
        model.addAttribute("programme", p);
        model.addAttribute("owner", agencies.find(p.ownerAgency()).orElse(null));
        model.addAttribute("components", components.of(p.code()));
        model.addAttribute("quotas", quotas.all(p));
        model.addAttribute("rule", rules.inForce(p.code()).orElse(null));
        model.addAttribute("mayManage", programmes.mayManage(p));
        model.addAttribute("mayDefine", programmes.mayDefine());
        model.addAttribute("componentForm", componentForm);
        return "program/programme";
    }

    private String programmeForm(Model model, ProgrammeForm form, Programme existing) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("agencies", agencies.list());
        model.addAttribute("statuses", ProgrammeStatus.values());
        model.addAttribute("automaticExitsValues", AutomaticExits.values());
        return "program/programme-form";
    }
}
