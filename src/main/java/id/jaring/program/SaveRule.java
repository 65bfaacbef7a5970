package id.jaring.program;

/** A new version of a programme's eligibility rule: the rule text and why it changed (optional). */
public record SaveRule(String text, String note) {
}
