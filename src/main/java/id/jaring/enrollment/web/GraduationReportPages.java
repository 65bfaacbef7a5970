package id.jaring.enrollment.web;

import java.io.IOException;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.jaring.access.CurrentUsers;
import id.jaring.enrollment.GraduationReport;
import id.jaring.enrollment.GraduationReports;
import id.jaring.enrollment.ReportTable;
import id.jaring.platform.TableExport;
import id.jaring.program.Programmes;
import id.jaring.wilayah.Region;
import id.jaring.wilayah.Regions;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /graduation/reports}: the graduation report tables (counts, every role) with a CSV and an
 * XLSX download each; {@code /graduation/reports/follow-up/{programme}/{kabKota}}: the graduated families with
 * their desil then and now (roles that read personal data).
 */
@Controller
class GraduationReportPages {

    private final GraduationReports reports;
    private final Programmes programmes;
    private final Regions regions;
    private final CurrentUsers users;

    GraduationReportPages(GraduationReports reports, Programmes programmes, Regions regions, CurrentUsers users) {
        this.reports = reports;
        this.programmes = programmes;
        this.regions = regions;
        this.users = users;
    }

    @GetMapping("/graduation/reports")
    String overview(@RequestParam(required = false) String programme, Model model) {
        String code = programme == null || programme.isBlank() ? null : programme;
        model.addAttribute("tables", reports.all(code));
        model.addAttribute("programme", code);
        model.addAttribute("programmes", programmes.list());
        model.addAttribute("mayRead", users.current().role().canReadPersons());
        return "enrollment/graduation-reports";
    }

    @GetMapping("/graduation/reports/{report}/export.{format}")
    void export(@PathVariable GraduationReport report, @PathVariable String format,
            @RequestParam(required = false) String programme, Locale locale, HttpServletResponse response)
            throws IOException {
        TableExport.Format f = TableExport.Format.of(format);
        ReportTable table = reports.table(report, programme == null || programme.isBlank() ? null : programme);
        f.attach(response, "graduation-" + report.name().toLowerCase(Locale.ROOT));
        reports.export(table, f, response.getOutputStream(), locale);
    }

    @GetMapping("/graduation/reports/follow-up/{programme}/{kabKota}")
    String followUp(@PathVariable String programme, @PathVariable String kabKota,
            @RequestParam(defaultValue = "false") boolean fellBackOnly, @RequestParam(required = false) Long after,
            Model model) {
        model.addAttribute("page", reports.followUp(programme, kabKota, fellBackOnly, after, ReadinessPages.PAGE_SIZE));
        model.addAttribute("kabKotaName", regions.find(kabKota).map(Region::name).orElse(kabKota));
        return "enrollment/graduation-follow-up";
    }
}
