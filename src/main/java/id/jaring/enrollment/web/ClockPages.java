package id.jaring.enrollment.web;

import java.io.IOException;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.jaring.enrollment.ClockWindow;
import id.jaring.enrollment.MembershipClock;
import id.jaring.platform.TableExport;
import id.jaring.program.Programmes;
import jakarta.servlet.http.HttpServletResponse;

/** The membership clock: counts per kab/kota, the KPM of one kab/kota by time left, and its CSV export. */
@Controller
@RequestMapping("/enrolments/{programme}")
class ClockPages {

    private final MembershipClock clock;
    private final Programmes programmes;

    ClockPages(MembershipClock clock, Programmes programmes) {
        this.clock = clock;
        this.programmes = programmes;
    }

    @GetMapping("/clock")
    String summary(@PathVariable String programme, Model model) {
        model.addAttribute("summary", clock.summary(programme));
        model.addAttribute("programme", programmes.get(programme));
        return "enrollment/clock-summary";
    }

    @GetMapping("/{kabKota}/clock")
    String list(@PathVariable String programme, @PathVariable String kabKota,
            @RequestParam(defaultValue = "ALL") ClockWindow window, @RequestParam(required = false) String after,
            Model model) {
        model.addAttribute("page", clock.page(programme, kabKota, window, after, EnrolmentPages.PAGE_SIZE));
        model.addAttribute("programme", programmes.get(programme));
        model.addAttribute("windows", ClockWindow.values());
        model.addAttribute("after", after);
        return "enrollment/clock";
    }

    @GetMapping("/{kabKota}/clock.csv")
    void csv(@PathVariable String programme, @PathVariable String kabKota,
            @RequestParam(defaultValue = "ALL") ClockWindow window, Locale locale, HttpServletResponse response)
            throws IOException {
        clock.checkExport(programme, kabKota);
        TableExport.Format.CSV.attach(response, "masa-kepesertaan-" + programme + "-" + kabKota + "-"
                + window.name().toLowerCase(Locale.ROOT));
        clock.exportCsv(programme, kabKota, window, response.getOutputStream(), locale);
    }
}
