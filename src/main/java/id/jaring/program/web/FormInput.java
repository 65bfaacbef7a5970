package id.jaring.program.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import id.jaring.platform.Violation;

/**
 * Reads typed form text. A value that cannot be read becomes a violation of the field (with the
 * code the service would give an invalid value), so the form shows it beside the field.
 */
final class FormInput {

    private FormInput() {
    }

    static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String code(String s) {
        String t = text(s);
        return t == null ? null : t.toUpperCase(java.util.Locale.ROOT);
    }

    static LocalDate date(String s, String field, String code, List<Violation> problems) {
        String t = text(s);
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            problems.add(Violation.error(code, field));
            return null;
        }
    }

    /** Whole numbers; thousands separators ("1.500.000") allowed. */
    static Long number(String s, String field, String code, List<Violation> problems, Object... args) {
        String t = text(s);
        if (t == null) {
            return null;
        }
        try {
            return Long.parseLong(t.replace(".", "").replace(",", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            problems.add(Violation.error(code, field, args));
            return null;
        }
    }

    static Integer integer(String s, String field, String code, List<Violation> problems, Object... args) {
        Long n = number(s, field, code, problems, args);
        if (n != null && (n > Integer.MAX_VALUE || n < Integer.MIN_VALUE)) {
            problems.add(Violation.error(code, field, args));
            return null;
        }
        return n == null ? null : n.intValue();
    }
}
