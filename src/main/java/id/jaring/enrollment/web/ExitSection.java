package id.jaring.enrollment.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import id.jaring.enrollment.Enrolment;
import id.jaring.enrollment.EnrolmentExit;
import id.jaring.enrollment.ExitKind;
import id.jaring.enrollment.Exits;

/** The graduation and exit section of an enrolment's page, and the buttons of each exit. */
@Component
class ExitSection {

    /** The kinds people propose (ALAMIAH and BATAS_WAKTU are the daily job's). */
    static final List<ExitKind> PROPOSABLE = Arrays.stream(ExitKind.values()).filter(k -> !k.automatic()).toList();

    private final Exits reads;

    ExitSection(Exits reads) {
        this.reads = reads;
    }

    void addTo(Model model, Enrolment enrolment) {
        model.addAttribute("exits", reads.ofEnrolment(enrolment.id()).stream().map(this::row).toList());
        model.addAttribute("mayProposeExit", reads.mayPropose(enrolment));
        model.addAttribute("exitKinds", PROPOSABLE);
        model.addAttribute("replacements", reads.replacementsOf(enrolment.id()));
    }

    ExitRow row(EnrolmentExit x) {
        return new ExitRow(x, reads.actions(x));
    }
}
