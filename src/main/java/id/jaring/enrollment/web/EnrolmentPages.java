package id.jaring.enrollment.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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

import id.jaring.enrollment.Enrolment;
import id.jaring.enrollment.EnrolmentProposals;
import id.jaring.enrollment.EnrolmentStatus;
import id.jaring.enrollment.Enrolments;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.program.Programme;
import id.jaring.program.ProgrammeStatus;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;

/**
 * Per programme and kab/kota: the proposals waiting for a second user (approve, or reject with a
 * reason) and the KPM list (keyset pages); and the propose form for one family.
 */
@Controller
@RequestMapping("/enrolments")
class EnrolmentPages {

    static final int PAGE_SIZE = 50;

    private final Enrolments enrolments;
    private final EnrolmentProposals proposals;
    private final Programmes programmes;
    private final Quotas quotas;
    private final MessageSource messages;

    EnrolmentPages(Enrolments enrolments, EnrolmentProposals proposals, Programmes programmes, Quotas quotas,
            MessageSource messages) {
        this.enrolments = enrolments;
        this.proposals = proposals;
        this.programmes = programmes;
        this.quotas = quotas;
        this.messages = messages;
    }

    @GetMapping("/{programme}/{kabKota}")
    String list(@PathVariable String programme, @PathVariable String kabKota, @RequestParam(required = false) Long after,
            @RequestParam(required = false) Long pendingAfter, Model model) {
        // the KPM page first: it checks programme reach and region scope (404 otherwise)
        model.addAttribute("kpm", enrolments.page(programme, kabKota, EnrolmentStatus.AKTIF, after, PAGE_SIZE));
        model.addAttribute("pending", enrolments.page(programme, kabKota, EnrolmentStatus.DIUSULKAN, pendingAfter, PAGE_SIZE));
        Programme p = programmes.get(programme);
        model.addAttribute("programme", p);
        model.addAttribute("quota", quotas.of(p, kabKota));
        model.addAttribute("after", after);
        model.addAttribute("pendingAfter", pendingAfter);
        model.addAttribute("mayEnrol", enrolments.mayEnrol());
        return "enrollment/enrolments";
    }

    @GetMapping("/propose")
    String proposeForm(@RequestParam(required = false) String household, @RequestParam(required = false) String programme,
            Model model) {
        return form(model, new ProposeForm(programme, household, null, null));
    }

    @PostMapping("/propose")
    String propose(@ModelAttribute("form") ProposeForm form, Model model, RedirectAttributes redirect, Locale locale) {
        try {
            Enrolment e = proposals.propose(form.toCommand());
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("enr.proposed", null, locale));
            return "redirect:/enrolments/" + e.programmeCode() + "/" + e.kabKotaCode();
        } catch (ValidationFailedException e) {
            Map<String, List<Violation>> byField = e.violations().stream().collect(Collectors.groupingBy(
                    v -> v.field() == null ? "" : v.field(), LinkedHashMap::new, Collectors.toList()));
            model.addAttribute("errors", byField);
            model.addAttribute("violations", e.violations());
            return form(model, form);
        }
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        Enrolment e = enrolments.get(id);
        act(redirect, locale, "enr.approved", () -> proposals.approve(id));
        return "redirect:/enrolments/" + e.programmeCode() + "/" + e.kabKotaCode();
    }

    @PostMapping("/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect,
            Locale locale) {
        Enrolment e = enrolments.get(id);
        act(redirect, locale, "enr.rejected", () -> proposals.reject(id, reason));
        return "redirect:/enrolments/" + e.programmeCode() + "/" + e.kabKotaCode();
    }

    /** A one-button decision: a refusal is shown as a flash message with its code's text. */
    private void act(RedirectAttributes redirect, Locale locale, String doneKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flashSuccess", messages.getMessage(doneKey, null, locale));
        } catch (ValidationFailedException e) {
            Violation v = e.violations().get(0);
            redirect.addFlashAttribute("flashError", messages.getMessage(v.messageKey(), v.args().toArray(), locale));
        }
    }

    private String form(Model model, ProposeForm form) {
        model.addAttribute("form", form);
        model.addAttribute("programmes", programmes.list().stream().filter(p -> p.status() == ProgrammeStatus.AKTIF).toList());
        return "enrollment/propose";
    }
}
