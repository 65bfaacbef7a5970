package id.jaring.intake;

import java.nio.charset.StandardCharsets;

/**
 * Rows for PostgreSQL {@code COPY ... FROM STDIN (FORMAT csv)}: an unquoted empty field is NULL,
 * texts are quoted (an empty text stays empty), quotes doubled, NUL characters dropped (PostgreSQL
 * text cannot hold them).
 */
final class CopyText {

    private final StringBuilder text = new StringBuilder(1 << 20);
    private boolean lineStart = true;
    private int rows;

    CopyText nullValue() {
        separator();
        return this;
    }

    CopyText number(long n) {
        separator();
        text.append(n);
        return this;
    }

    CopyText text(String s) {
        separator();
        if (s != null) {
            text.append('"');
            if (s.indexOf('"') < 0 && s.indexOf(0) < 0) {
                text.append(s).append('"'); // the usual cell: copied whole, not char by char
                return this;
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"') {
                    text.append("\"\"");
                } else if (c != 0) {
                    text.append(c);
                }
            }
            text.append('"');
        }
        return this;
    }

    CopyText endRow() {
        text.append('\n');
        lineStart = true;
        rows++;
        return this;
    }

    private void separator() {
        if (!lineStart) {
            text.append(',');
        }
        lineStart = false;
    }

    int rows() {
        return rows;
    }

    int length() {
        return text.length();
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    void clear() {
        text.setLength(0);
        rows = 0;
        lineStart = true;
    }
}
