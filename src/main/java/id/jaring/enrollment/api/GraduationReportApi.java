package id.jaring.enrollment.api;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.jaring.enrollment.FollowUpPage;
import id.jaring.enrollment.GraduationReport;
import id.jaring.enrollment.GraduationReports;
import id.jaring.enrollment.ReportTable;
import id.jaring.platform.TableExport;
import jakarta.servlet.http.HttpServletResponse;

/** Graduation reports and the follow-up of graduated families; the service checks roles and scope. */
@RestController
@RequestMapping("/api/v1/graduation")
class GraduationReportApi {

    private final GraduationReports reports;

    GraduationReportApi(GraduationReports reports) {
        this.reports = reports;
    }

    /** Every report table (counts), for one programme or all programmes in reach. */
    @GetMapping("/reports")
    List<ReportTable> all(@RequestParam(required = false) String programme) {
        return reports.all(programme);
    }

    @GetMapping("/reports/{report}")
    ReportTable table(@PathVariable GraduationReport report, @RequestParam(required = false) String programme) {
        return reports.table(report, programme);
    }

    /** One table as CSV (UTF-8 with BOM) or XLSX, headers in the request's language. */
    @GetMapping("/reports/{report}/export.{format}")
    void export(@PathVariable GraduationReport report, @PathVariable String format,
            @RequestParam(required = false) String programme, Locale locale, HttpServletResponse response)
            throws IOException {
        TableExport.Format f = TableExport.Format.of(format);
        ReportTable table = reports.table(report, programme);
        f.attach(response, "graduation-" + report.name().toLowerCase(Locale.ROOT));
        reports.export(table, f, response.getOutputStream(), locale);
    }

    /** Graduated families of a programme in a kab/kota with desil at entry, at graduation and now. */
    @GetMapping("/follow-up")
    FollowUpPage followUp(@RequestParam String programme, @RequestParam String kabKota,
            @RequestParam(defaultValue = "false") boolean fellBackOnly, @RequestParam(required = false) Long after,
            @RequestParam(defaultValue = "50") int size) {
        return reports.followUp(programme, kabKota, fellBackOnly, after, size);
    }
}
