package id.jaring.enrollment.web;

import java.util.Locale;
import java.util.Map;

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
import id.jaring.enrollment.Propose;
import id.jaring.enrollment.WaitingList;
import id.jaring.platform.FieldErrors;
import id.jaring.platform.ValidationFailedException;
import id.jaring.program.Programme;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import tools.jackson.databind.json.JsonMapper;

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
    private final WaitingList waitingList;
    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    private final ExitSection exitSection;

    EnrolmentPages(Enrolments enrolments, EnrolmentProposals proposals, Programmes programmes, Quotas quotas,
            WaitingList waitingList, MessageSource messages, ExitSection exitSection) {
        this.exitSection = exitSection;
        this.waitingList = waitingList;
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

    /** The waiting list: eligible families without an open enrolment, poorest first, with a propose button each. */
    @GetMapping("/{programme}/{kabKota}/waiting")
    String waiting(@PathVariable String programme, @PathVariable String kabKota,
            @RequestParam(required = false) Long after, Model model) {
        model.addAttribute("waiting", waitingList.page(programme, kabKota, after, PAGE_SIZE));
        Programme p = programmes.get(programme);
        model.addAttribute("programme", p);
        model.addAttribute("quota", quotas.of(p, kabKota));
        model.addAttribute("after", after);
        model.addAttribute("mayEnrol", enrolments.mayEnrol());
        return "enrollment/waiting";
    }

    /** Proposes one family of the list (maker-checker, quota and every refusal apply as for any proposal). */
    @PostMapping("/{programme}/{kabKota}/waiting/{household}/propose")
    String proposeFromList(@PathVariable String programme, @PathVariable String kabKota, @PathVariable long household,
            @RequestParam(required = false) Long after, RedirectAttributes redirect, Locale locale) {
        act(redirect, locale, "enr.proposed",
                () -> proposals.propose(new Propose(programme, household, null, null)));
        return "redirect:/enrolments/" + programme + "/" + kabKota + "/waiting" + (after == null ? "" : "?after=" + after);
    }

    /** One enrolment or proposal with the eligibility result stored with it. */
    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        Enrolment e = enrolments.get(id);
        model.addAttribute("enrolment", e);
        Map<?, ?> result = e.eligibilityResult() == null ? null : json.readValue(e.eligibilityResult(), Map.class);
        model.addAttribute("eligibility", result);
        model.addAttribute("eligibilityJson", result == null ? null : json.writerWithDefaultPrettyPrinter().writeValueAsString(result));
        exitSection.addTo(model, e);
        return "enrollment/enrolment";
    }

    @GetMapping("/propose")
    String proposeForm(@RequestParam(required = false) String household, @RequestParam(required = false) String programme,
            Model model) {
        return form(model, new ProposeForm(programme, household, null, null, null));
    }

    @PostMapping("/propose")
    String propose(@ModelAttribute("form") ProposeForm form, Model model, RedirectAttributes redirect, Locale locale) {
        try {
            Enrolment e = proposals.propose(form.toCommand());
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("enr.proposed", null, locale));
            return "redirect:/enrolments/" + e.programmeCode() + "/" + e.kabKotaCode();
        } catch (ValidationFailedException e) {
            FieldErrors.addTo(model, e.violations());
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
        Flash.act(messages, redirect, locale, doneKey, action);
    }

    private String form(Model model, ProposeForm form) {
        model.addAttribute("form", form);
        model.addAttribute("programmes", proposals.proposable());
        model.addAttribute("mayOverrideReentry", proposals.mayOverrideReentry());
        return "enrollment/propose";
    }
}
