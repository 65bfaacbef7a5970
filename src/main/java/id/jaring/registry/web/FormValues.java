package id.jaring.registry.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import id.jaring.platform.Violation;

/**
 * Reads typed strings into values, collecting a violation per unreadable field (so the form can
 * say which input is wrong) instead of failing on the first one. Blank means "not given".
 */
final class FormValues {

    static final String FORM_DATE = "FORM_DATE";
    static final String FORM_NUMBER = "FORM_NUMBER";
    static final String FORM_CHOICE = "FORM_CHOICE";

    /** ISO from {@code <input type="date">}; day-first forms for the plain-text fallback. */
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"));

    private final List<Violation> violations = new ArrayList<>();

    List<Violation> violations() {
        return violations;
    }

    boolean hasErrors() {
        return !violations.isEmpty();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static boolean allBlank(String... values) {
        for (String v : values) {
            if (!blank(v)) {
                return false;
            }
        }
        return true;
    }

    static String text(String s) {
        return blank(s) ? null : s.strip();
    }

    LocalDate date(String s, String field) {
        if (blank(s)) {
            return null;
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(s.strip(), f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        violations.add(Violation.error(FORM_DATE, field));
        return null;
    }

    Long longValue(String s, String field) {
        if (blank(s)) {
            return null;
        }
        try {
            return Long.parseLong(s.strip().replace(".", "").replace(",", ""));
        } catch (NumberFormatException e) {
            violations.add(Violation.error(FORM_NUMBER, field));
            return null;
        }
    }

    Integer intValue(String s, String field) {
        Long value = longValue(s, field);
        if (value == null) {
            return null;
        }
        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            violations.add(Violation.error(FORM_NUMBER, field));
            return null;
        }
        return value.intValue();
    }

    <E extends Enum<E>> E choice(Class<E> type, String s, String field) {
        if (blank(s)) {
            return null;
        }
        try {
            return Enum.valueOf(type, s.strip().replace(' ', '_').toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(Violation.error(FORM_CHOICE, field));
            return null;
        }
    }

    static Boolean yesNo(String s) {
        return blank(s) ? null : Boolean.valueOf(s.strip());
    }

    static boolean checked(String s) {
        return !blank(s) && !"false".equalsIgnoreCase(s.strip());
    }
}
