package id.jaring.enrollment.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.jaring.access.CurrentUsers;
import id.jaring.enrollment.GraduationJob;
import id.jaring.enrollment.GraduationRun;

/**
 * {@code /graduation/job}: the daily graduation job's latest runs with their counts per kind (every
 * role); DATA_STEWARD and ADMIN start a run ("Jalankan sekarang", queued in the background).
 */
@Controller
class GraduationJobPages {

    private static final int RUNS_SHOWN = 30;

    private final GraduationJob job;
    private final CurrentUsers users;
    private final MessageSource messages;

    GraduationJobPages(GraduationJob job, CurrentUsers users, MessageSource messages) {
        this.job = job;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/graduation/job")
    String runs(Model model) {
        model.addAttribute("runs", job.recentRuns(RUNS_SHOWN));
        model.addAttribute("mayRun", GraduationJob.mayRun(users.current()));
        return "enrollment/graduation-job";
    }

    @PostMapping("/graduation/job/run")
    String run(RedirectAttributes redirect, Locale locale) {
        boolean queued = job.requestRun(GraduationRun.Trigger.MANUAL);
        redirect.addFlashAttribute("flashSuccess", messages.getMessage(queued ? "gjob.run.queued" : "gjob.run.joined",
                null, locale));
        return "redirect:/graduation/job";
    }
}
