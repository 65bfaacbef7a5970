package id.jaring.registry;

import java.time.LocalDate;

/**
 * Builds the text of a PostgreSQL {@code COPY ... FROM STDIN (FORMAT csv)}: an unquoted empty
 * field is NULL, every text is quoted (so an empty text stays empty), quotes are doubled.
 */
final class CopyRows {

    private final StringBuilder text = new StringBuilder(1 << 16);
    private boolean lineStart = true;
    private int rows;

    CopyRows value(Object value) {
        if (!lineStart) {
            text.append(',');
        }
        lineStart = false;
        if (value == null) {
            return this;
        }
        if (value instanceof String s) {
            text.append('"').append(s.replace("\"", "\"\"")).append('"');
        } else if (value instanceof Enum<?> e) {
            text.append(e.name());
        } else if (value instanceof Boolean b) {
            text.append(b ? 't' : 'f');
        } else if (value instanceof LocalDate || value instanceof Number) {
            text.append(value);
        } else {
            throw new IllegalArgumentException("no COPY form for " + value.getClass());
        }
        return this;
    }

    CopyRows endRow() {
        text.append('\n');
        lineStart = true;
        rows++;
        return this;
    }

    int rows() {
        return rows;
    }

    String text() {
        return text.toString();
    }
}
