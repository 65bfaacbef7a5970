package id.jaring.intake;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.jaring.platform.TableExport;

/**
 * The validation report's issue list: paged for screens and the API, and whole as CSV or XLSX
 * (streamed from the database into {@link TableExport}).
 */
@Component
class IssueReports {

    private static final String ALL = """
            select row_number, code, column_name, value, severity from import_issue
            where batch_id = :batch order by row_number, id
            """;

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final TransactionTemplate readOnly;

    IssueReports(JdbcClient jdbc, MessageSource messages, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    IssuePage page(long batchId, String after, int size) {
        long afterRow = -1;
        long afterId = -1;
        if (after != null && after.matches("\\d+:\\d+")) {
            afterRow = Long.parseLong(after.substring(0, after.indexOf(':')));
            afterId = Long.parseLong(after.substring(after.indexOf(':') + 1));
        }
        record Keyed(IssueView issue, long id) {
        }
        List<Keyed> rows = jdbc.sql("""
                select id, row_number, code, column_name, value, severity from import_issue
                where batch_id = :batch and (row_number, id) > (:row, :id)
                order by row_number, id limit :size
                """).param("batch", batchId).param("row", afterRow).param("id", afterId).param("size", size + 1)
                .query((rs, i) -> new Keyed(new IssueView(rs.getLong("row_number"), rs.getString("code"),
                        rs.getString("column_name"), rs.getString("value"), rs.getString("severity")), rs.getLong("id")))
                .list();
        boolean more = rows.size() > size;
        List<Keyed> page = more ? rows.subList(0, size) : rows;
        Keyed last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new IssuePage(page.stream().map(Keyed::issue).toList(),
                more && last != null ? last.issue().rowNumber() + ":" + last.id() : null);
    }

    java.util.Map<String, Long> countsByCode(long batchId) {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                select code || ' ' || severity, count(*) from import_issue where batch_id = :batch
                group by code, severity order by count(*) desc, code
                """).param("batch", batchId).query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    void csv(long batchId, OutputStream out, Locale locale) {
        export(TableExport.Format.CSV, batchId, out, locale);
    }

    void xlsx(long batchId, OutputStream out, Locale locale) {
        export(TableExport.Format.XLSX, batchId, out, locale);
    }

    private void export(TableExport.Format format, long batchId, OutputStream out, Locale locale) {
        try (TableExport table = TableExport.open(format, "issues", out, List.of(header(locale)))) {
            each(batchId, issue -> table.row((Object[]) cells(issue, locale)));
        }
    }

    private void each(long batchId, Consumer<IssueView> sink) {
        readOnly.executeWithoutResult(tx -> jdbc.sql(ALL).param("batch", batchId).withFetchSize(2000)
                .query((rs, i) -> new IssueView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .stream().forEach(sink));
    }

    private String[] header(Locale locale) {
        return new String[] {msg("intake.report.row", locale), msg("intake.report.severity", locale),
                msg("intake.report.code", locale), msg("intake.report.column", locale),
                msg("intake.report.value", locale), msg("intake.report.message", locale)};
    }

    private String[] cells(IssueView issue, Locale locale) {
        return new String[] {Long.toString(issue.rowNumber()), issue.severity(), issue.code(), issue.column(),
                issue.value(), message(issue, locale)};
    }

    /** The issue's message in the locale, with the argument its text expects. */
    String message(IssueView issue, Locale locale) {
        return messages.getMessage("error." + issue.code(), new Object[] {argument(issue)}, issue.code(), locale);
    }

    private static Object argument(IssueView issue) {
        String value = issue.value() == null ? "" : issue.value();
        return switch (issue.code()) {
            case "REQUIRED" -> issue.column();
            case "TOO_LONG" -> 500;
            case "NIK_REGION_UNKNOWN", "KK_REGION_UNKNOWN" -> value.length() >= 6 ? value.substring(0, 6) : value;
            default -> value;
        };
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
