package id.jaring.reporting.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.program.Programmes;
import id.jaring.reporting.ComplementarityReport;
import id.jaring.reporting.CoverageCategory;
import id.jaring.reporting.CoverageFamilies;
import id.jaring.reporting.CoverageReport;
import id.jaring.reporting.ReportDownloads;
import jakarta.servlet.http.HttpServletResponse;

/** The integration report: programmes and complementarity, a programme's coverage, its families. */
@Controller
@RequestMapping("/reports")
class ReportPages {

    static final int PAGE_SIZE = 50;

    private final CoverageReport coverage;
    private final CoverageFamilies families;
    private final ComplementarityReport complementarity;
    private final ReportDownloads downloads;
    private final Programmes programmes;
    private final MessageSource messages;

    ReportPages(CoverageReport coverage, CoverageFamilies families, ComplementarityReport complementarity,
            ReportDownloads downloads, Programmes programmes, MessageSource messages) {
        this.coverage = coverage;
        this.families = families;
        this.complementarity = complementarity;
        this.downloads = downloads;
        this.programmes = programmes;
        this.messages = messages;
    }

    /** The programmes to report on, and complementarity across all programmes or the ones ticked. */
    @GetMapping
    String overview(@RequestParam(name = "programme", required = false) List<String> chosen, Model model) {
        model.addAttribute("programmes", coverage.programmes());
        model.addAttribute("allProgrammes", programmes.list());
        model.addAttribute("chosen", chosen == null ? List.of() : chosen);
        model.addAttribute("complementarity", complementarity.of(chosen));
        return "reporting/overview";
    }

    @GetMapping("/coverage/{programme}")
    String coverage(@PathVariable String programme, Model model) {
        model.addAttribute("coverage", coverage.of(programme));
        model.addAttribute("mayList", coverage.mayListFamilies());
        return "reporting/coverage";
    }

    @GetMapping("/coverage/{programme}/families/{category}")
    String families(@PathVariable String programme, @PathVariable String category,
            @RequestParam(required = false) String kabKota, @RequestParam(required = false) Long after, Model model,
            RedirectAttributes redirect, Locale locale) {
        try {
            model.addAttribute("page", families.page(programme, CoverageCategory.of(category), kabKota, after, PAGE_SIZE));
        } catch (ValidationFailedException e) {
            Violation v = e.violations().get(0);
            redirect.addFlashAttribute("flashError", messages.getMessage(v.messageKey(), v.args().toArray(), locale));
            return "redirect:/reports/coverage/" + programme;
        }
        model.addAttribute("programme", programmes.get(programme));
        model.addAttribute("after", after);
        return "reporting/families";
    }

    @GetMapping("/coverage/{programme}/summary.{format}")
    void coverageFile(@PathVariable String programme, @PathVariable String format, Locale locale,
            HttpServletResponse response) throws IOException {
        downloads.coverage(programme, format, locale, response);
    }

    @GetMapping("/coverage/{programme}/families/{category}/export.{format}")
    void familiesFile(@PathVariable String programme, @PathVariable String category, @PathVariable String format,
            @RequestParam(required = false) String kabKota, Locale locale, HttpServletResponse response)
            throws IOException {
        downloads.families(programme, CoverageCategory.of(category), kabKota, format, locale, response);
    }

    @GetMapping("/complementarity/{table}.{format}")
    void complementarityFile(@PathVariable String table, @PathVariable String format,
            @RequestParam(name = "programme", required = false) List<String> chosen, Locale locale,
            HttpServletResponse response) throws IOException {
        downloads.complementarity(chosen, table, format, locale, response);
    }
}
