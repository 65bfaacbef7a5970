package id.jaring.intake;

/** One problem of one row: a stable code, the column, the value as sent, ERROR (row rejected) or WARNING (kept). */
public record IssueView(long rowNumber, String code, String column, String value, String severity) {
}
