package id.jaring.platform;

import java.util.List;

/**
 * One problem found in input: a stable code (the API contract, and the key
 * {@code error.<code>} of its message), the field it concerns, whether it blocks saving, and the
 * arguments of its message.
 */
public record Violation(String code, String field, Severity severity, List<Object> args) {

    public enum Severity { ERROR, WARNING }

    public Violation {
        args = List.copyOf(args);
    }

    public static Violation error(String code, String field, Object... args) {
        return new Violation(code, field, Severity.ERROR, List.of(args));
    }

    public static Violation warning(String code, String field, Object... args) {
        return new Violation(code, field, Severity.WARNING, List.of(args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String messageKey() {
        return "error." + code;
    }
}
