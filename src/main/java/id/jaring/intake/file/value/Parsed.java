package id.jaring.intake.file.value;

/**
 * What a value reader made of one cell: a value, nothing (blank), an error (no value, a code), or
 * a warning (a value kept, and a code the report shows). Codes are stable; the message key is
 * {@code error.<code>}.
 */
public record Parsed<T>(T value, String code) {

    private static final Parsed<?> BLANK = new Parsed<>(null, null);

    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(value, null);
    }

    @SuppressWarnings("unchecked")
    public static <T> Parsed<T> blank() {
        return (Parsed<T>) BLANK;
    }

    public static <T> Parsed<T> error(String code) {
        return new Parsed<>(null, code);
    }

    public static <T> Parsed<T> warning(T value, String code) {
        return new Parsed<>(value, code);
    }

    public boolean isBlank() {
        return value == null && code == null;
    }

    public boolean isError() {
        return value == null && code != null;
    }

    public boolean isWarning() {
        return value != null && code != null;
    }
}
