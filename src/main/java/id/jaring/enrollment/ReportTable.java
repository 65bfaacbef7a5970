package id.jaring.enrollment;

import java.util.List;

/**
 * One table of the graduation reports: its key ({@link GraduationReport}), the column keys (headers
 * in the messages {@code grr.col.<column>}) and the rows, values in column order (text, whole
 * numbers, decimals; counts only, no personal data).
 */
public record ReportTable(GraduationReport report, List<String> columns, List<List<Object>> rows) {
}
