package id.jaring.enrollment.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.jaring.enrollment.GraduationReadiness;
import id.jaring.enrollment.ReadinessRun;
import id.jaring.enrollment.readiness.ReadinessGuard;
import id.jaring.enrollment.readiness.ReadinessLabel;
import id.jaring.enrollment.readiness.ReadinessReads;
import id.jaring.enrollment.readiness.ReadinessSets;
import id.jaring.program.Programme;
import id.jaring.program.Programmes;
import id.jaring.wilayah.Region;
import id.jaring.wilayah.Regions;

/**
 * {@code /graduation/readiness}: the active version, KPM per programme and kab/kota by readiness
 * label (counts, every role, in scope), the last computations and the versions; for DATA_STEWARD and
 * ADMIN "hitung ulang". {@code /graduation/readiness/{programme}/{kabKota}}: the KPM with their
 * readiness (roles that read personal data).
 */
@Controller
class ReadinessPages {

    static final int PAGE_SIZE = 50;
    private static final int RUNS_SHOWN = 10;

    private final ReadinessSets sets;
    private final ReadinessReads reads;
    private final GraduationReadiness readiness;
    private final ReadinessGuard guard;
    private final Programmes programmes;
    private final Regions regions;
    private final MessageSource messages;

    ReadinessPages(ReadinessSets sets, ReadinessReads reads, GraduationReadiness readiness, ReadinessGuard guard,
            Programmes programmes, Regions regions, MessageSource messages) {
        this.sets = sets;
        this.reads = reads;
        this.readiness = readiness;
        this.guard = guard;
        this.programmes = programmes;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/graduation/readiness")
    String overview(Model model) {
        model.addAttribute("active", sets.active());
        model.addAttribute("versions", sets.list());
        model.addAttribute("runs", readiness.recentRuns(RUNS_SHOWN));
        model.addAttribute("counts", reads.counts());
        model.addAttribute("mayManage", ReadinessGuard.mayManage(guard.current()));
        model.addAttribute("mayRead", guard.current().role().canReadPersons());
        return "enrollment/readiness";
    }

    @PostMapping("/graduation/readiness/run")
    String run(RedirectAttributes redirect, Locale locale) {
        boolean queued = readiness.requestRecompute(ReadinessRun.Trigger.MANUAL);
        redirect.addFlashAttribute("flashSuccess", messages.getMessage(queued ? "rdy.run.queued" : "rdy.run.joined",
                null, locale));
        return "redirect:/graduation/readiness";
    }

    @GetMapping("/graduation/readiness/{programme}/{kabKota}")
    String list(@PathVariable String programme, @PathVariable String kabKota,
            @RequestParam(required = false) ReadinessLabel label, @RequestParam(required = false) Long after, Model model) {
        model.addAttribute("page", reads.page(programme, kabKota, label, after, PAGE_SIZE));
        Programme p = programmes.get(programme);
        model.addAttribute("programme", p);
        model.addAttribute("kabKotaCode", kabKota);
        model.addAttribute("kabKotaName", regions.find(kabKota).map(Region::name).orElse(kabKota));
        model.addAttribute("label", label);
        model.addAttribute("after", after);
        model.addAttribute("active", sets.active());
        return "enrollment/readiness-kpm";
    }
}
