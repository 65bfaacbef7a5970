package id.jaring.enrollment.api;

import java.io.IOException;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.jaring.enrollment.ClockPage;
import id.jaring.enrollment.ClockSummary;
import id.jaring.enrollment.ClockWindow;
import id.jaring.enrollment.MembershipClock;
import id.jaring.platform.TableExport;
import jakarta.servlet.http.HttpServletResponse;

/** The membership clock of a programme; the service checks roles and scope. */
@RestController
@RequestMapping("/api/v1/programmes/{code}")
class ClockApi {

    private final MembershipClock clock;

    ClockApi(MembershipClock clock) {
        this.clock = clock;
    }

    /** Counts per kab/kota: KPM, past the limit, within 6 and 12 months of it, without a limit. */
    @GetMapping("/clock")
    ClockSummary summary(@PathVariable String code) {
        return clock.summary(code);
    }

    /** The KPM of one kab/kota, soonest limit first; {@code after} = the previous page's {@code nextAfter}. */
    @GetMapping(path = "/clock", params = "kabKota")
    ClockPage page(@PathVariable String code, @RequestParam String kabKota,
            @RequestParam(defaultValue = "ALL") ClockWindow window, @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "50") int size) {
        return clock.page(code, kabKota, window, after, size);
    }

    /** The same list, whole, as CSV (UTF-8 with BOM); headers in the request's language. */
    @GetMapping("/clock.csv")
    void csv(@PathVariable String code, @RequestParam String kabKota,
            @RequestParam(defaultValue = "ALL") ClockWindow window, Locale locale, HttpServletResponse response)
            throws IOException {
        clock.checkExport(code, kabKota);
        TableExport.Format.CSV.attach(response, "clock-" + code + "-" + kabKota);
        clock.exportCsv(code, kabKota, window, response.getOutputStream(), locale);
    }
}
