package id.jaring.reporting;

import java.io.IOException;
import java.util.Collection;
import java.util.Locale;

import org.springframework.stereotype.Component;

import id.jaring.platform.TableExport;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The reports as files for the pages and the API alike: every check (format, programme, region, role,
 * rule) runs before the first header is set, so that a refusal still answers as an error page or
 * problem; then the file streams into the response.
 */
@Component
public class ReportDownloads {

    private final CoverageReport coverage;
    private final CoverageFamilies families;
    private final ComplementarityReport complementarity;

    ReportDownloads(CoverageReport coverage, CoverageFamilies families, ComplementarityReport complementarity) {
        this.coverage = coverage;
        this.families = families;
        this.complementarity = complementarity;
    }

    /** A programme's coverage per kab/kota. @param format csv or xlsx (else 404) */
    public void coverage(String programmeCode, String format, Locale locale, HttpServletResponse response)
            throws IOException {
        TableExport.Format f = TableExport.Format.of(format);
        ProgrammeCoverage c = coverage.of(programmeCode);
        f.attach(response, "coverage-" + c.programmeCode());
        coverage.export(c, f, response.getOutputStream(), locale);
    }

    /** Every family of a category (audited). */
    public void families(String programmeCode, CoverageCategory category, String kabKotaCode, String format,
            Locale locale, HttpServletResponse response) throws IOException {
        TableExport.Format f = TableExport.Format.of(format);
        FamilyExport export = families.export(programmeCode, category, kabKotaCode);
        f.attach(response, export.baseName());
        export.writeTo(f, response.getOutputStream(), locale);
    }

    /** @param table summary or combinations (else 404) */
    public void complementarity(Collection<String> programmeCodes, String table, String format, Locale locale,
            HttpServletResponse response) throws IOException {
        TableExport.Format f = TableExport.Format.of(format);
        ComplementarityTable which = ComplementarityTable.of(table);
        Complementarity c = complementarity.of(programmeCodes);
        f.attach(response, which.fileName());
        complementarity.export(c, which, f, response.getOutputStream(), locale);
    }
}
