package id.jaring.reporting.api;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.jaring.reporting.Complementarity;
import id.jaring.reporting.ComplementarityReport;
import id.jaring.reporting.CoverageCategory;
import id.jaring.reporting.CoverageFamilies;
import id.jaring.reporting.CoverageFamilyPage;
import id.jaring.reporting.CoverageReport;
import id.jaring.reporting.ProgrammeCoverage;
import id.jaring.reporting.ReportDownloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Integration across programmes over HTTP: a programme's coverage per kab/kota (counts: every role),
 * the families behind its exclusion and inclusion-error counts (roles that read persons; audited),
 * complementarity, and each as CSV or XLSX ({@code format} = csv or xlsx). A programme out of reach
 * or a kab/kota outside the caller's region: 404; PIMPINAN asking for families: 403; families of a
 * programme without a rule: 400 REPORT_PROGRAMME_WITHOUT_RULE; an unknown category: 400 MALFORMED_REQUEST.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Integration across programmes: exclusion, inclusion error, complementarity")
class ReportApi {

    private final CoverageReport coverage;
    private final CoverageFamilies families;
    private final ComplementarityReport complementarity;
    private final ReportDownloads downloads;

    ReportApi(CoverageReport coverage, CoverageFamilies families, ComplementarityReport complementarity,
            ReportDownloads downloads) {
        this.coverage = coverage;
        this.families = families;
        this.complementarity = complementarity;
        this.downloads = downloads;
    }

    @GetMapping("/coverage/{programme}")
    @Operation(summary = "Eligible, served, exclusion and inclusion error of a programme per kab/kota of the caller's region")
    ProgrammeCoverage coverage(@PathVariable String programme) {
        return coverage.of(programme);
    }

    @GetMapping("/coverage/{programme}/summary.{format}")
    @Operation(summary = "The coverage per kab/kota as a file (csv or xlsx)")
    void coverageFile(@PathVariable String programme, @PathVariable String format, Locale locale,
            HttpServletResponse response) throws IOException {
        downloads.coverage(programme, format, locale, response);
    }

    @GetMapping("/coverage/{programme}/families")
    @Operation(summary = "Families of a category (EXCLUSION or INCLUSION_ERROR), by household id (pass nextAfter as after); audited")
    CoverageFamilyPage families(@PathVariable String programme, @RequestParam CoverageCategory category,
            @RequestParam(required = false) String kabKota, @RequestParam(required = false) Long after,
            @RequestParam(defaultValue = "50") int size) {
        return families.page(programme, category, kabKota, after, size);
    }

    @GetMapping("/coverage/{programme}/families/export.{format}")
    @Operation(summary = "Every family of a category as a file (csv or xlsx), streamed; audited")
    void familiesFile(@PathVariable String programme, @PathVariable String format, @RequestParam CoverageCategory category,
            @RequestParam(required = false) String kabKota, Locale locale, HttpServletResponse response)
            throws IOException {
        downloads.families(programme, category, kabKota, format, locale, response);
    }

    @GetMapping("/complementarity")
    @Operation(summary = "Families with AKTIF enrolments in two or more programmes (all, or those given), per kab/kota and combination")
    Complementarity complementarity(@RequestParam(name = "programme", required = false) List<String> programmes) {
        return complementarity.of(programmes);
    }

    @GetMapping("/complementarity/{table}.{format}")
    @Operation(summary = "Complementarity as a file: table = summary (per kab/kota) or combinations; format = csv or xlsx")
    void complementarityFile(@PathVariable String table, @PathVariable String format,
            @RequestParam(name = "programme", required = false) List<String> programmes, Locale locale,
            HttpServletResponse response) throws IOException {
        downloads.complementarity(programmes, table, format, locale, response);
    }
}
