package id.jaring.enrollment.web;

import java.io.IOException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.jaring.enrollment.EnrolmentExit;
import id.jaring.enrollment.EnrolmentExits;
import id.jaring.enrollment.Exits;
import id.jaring.enrollment.SlotLedger;
import id.jaring.program.Programme;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Graduations and exits on the pages: the exit section of an enrolment's page (propose, verify,
 * approve, reject as allowed), the open exits of a programme in one kab/kota, and the slot ledger
 * with its CSV export.
 */
@Controller
class ExitPages {

    private final EnrolmentExits exits;
    private final Exits reads;
    private final ExitSection section;
    private final SlotLedger ledger;
    private final Programmes programmes;
    private final Quotas quotas;
    private final MessageSource messages;

    ExitPages(EnrolmentExits exits, Exits reads, ExitSection section, SlotLedger ledger, Programmes programmes,
            Quotas quotas, MessageSource messages) {
        this.exits = exits;
        this.reads = reads;
        this.section = section;
        this.ledger = ledger;
        this.programmes = programmes;
        this.quotas = quotas;
        this.messages = messages;
    }

    @PostMapping("/enrolments/{id}/exits")
    String propose(@PathVariable long id, @ModelAttribute ExitForm form, RedirectAttributes redirect, Locale locale) {
        Flash.act(messages, redirect, locale, "exit.proposed", () -> exits.propose(id, form.toCommand()));
        return "redirect:/enrolments/" + id + "#exits";
    }

    @PostMapping("/exits/{id}/verify")
    String verify(@PathVariable long id, @RequestParam(required = false) String note,
            @RequestParam(required = false) String back, RedirectAttributes redirect, Locale locale) {
        EnrolmentExit x = reads.get(id);
        Flash.act(messages, redirect, locale, "exit.verified", () -> exits.verify(id, note));
        return back(x, back);
    }

    @PostMapping("/exits/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) String back, RedirectAttributes redirect,
            Locale locale) {
        EnrolmentExit x = reads.get(id);
        Flash.act(messages, redirect, locale, "exit.approved", () -> exits.approve(id));
        return back(x, back);
    }

    @PostMapping("/exits/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String back, RedirectAttributes redirect, Locale locale) {
        EnrolmentExit x = reads.get(id);
        Flash.act(messages, redirect, locale, "exit.rejected", () -> exits.reject(id, reason));
        return back(x, back);
    }

    /** The open graduations and exits of a programme in one kab/kota, with their buttons. */
    @GetMapping("/enrolments/{programme}/{kabKota}/exits")
    String open(@PathVariable String programme, @PathVariable String kabKota, @RequestParam(required = false) Long after,
            Model model) {
        var page = reads.open(programme, kabKota, after, EnrolmentPages.PAGE_SIZE);
        Programme p = programmes.get(programme);
        model.addAttribute("programme", p);
        model.addAttribute("quota", quotas.of(p, kabKota));
        model.addAttribute("page", page);
        model.addAttribute("exits", page.items().stream().map(section::row).toList());
        model.addAttribute("after", after);
        return "enrollment/exits";
    }

    @GetMapping("/enrolments/{programme}/{kabKota}/slots")
    String slots(@PathVariable String programme, @PathVariable String kabKota, @RequestParam(required = false) Integer after,
            Model model) {
        model.addAttribute("ledger", ledger.page(programme, kabKota, after, SlotLedger.MAX_SLOTS / 2));
        Programme p = programmes.get(programme);
        model.addAttribute("programme", p);
        model.addAttribute("quota", quotas.of(p, kabKota));
        model.addAttribute("after", after);
        return "enrollment/slots";
    }

    @GetMapping("/enrolments/{programme}/{kabKota}/slots.csv")
    void slotsCsv(@PathVariable String programme, @PathVariable String kabKota, HttpServletResponse response)
            throws IOException {
        ledger.page(programme, kabKota, null, 1);   // 404 before the headers say CSV
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"slots-" + programme + "-" + kabKota + ".csv\"");
        ledger.exportCsv(programme, kabKota, response.getOutputStream());
    }

    /** Back to the list the button was pressed on, else to the enrolment's page. */
    private static String back(EnrolmentExit x, String back) {
        return "list".equals(back) ? "redirect:/enrolments/" + x.programmeCode() + "/" + x.kabKotaCode() + "/exits"
                : "redirect:/enrolments/" + x.enrolmentId() + "#exits";
    }
}
