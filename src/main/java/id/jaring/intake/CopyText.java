package id.jaring.intake;

import java.util.Arrays;

/**
 * Rows for PostgreSQL {@code COPY ... FROM STDIN (FORMAT csv)}: an unquoted empty field is NULL,
 * texts are quoted (an empty text stays empty), quotes doubled, NUL characters dropped (PostgreSQL
 * text cannot hold them).
 *
 * <p>Written straight into a UTF-8 byte buffer, one pass per cell: a StringBuilder turned into a
 * String and then into bytes copied every cell three times (and, once a single non-Latin-1
 * character had passed, widened every later one to UTF-16 on the way). Unpaired surrogates become
 * '?', as {@code String.getBytes(UTF_8)} writes them.
 */
final class CopyText {

    private byte[] buf = new byte[1 << 20];
    private int len;
    private boolean lineStart = true;
    private int rows;

    CopyText nullValue() {
        separator();
        return this;
    }

    CopyText number(long n) {
        separator();
        String digits = Long.toString(n);
        ensure(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            buf[len++] = (byte) digits.charAt(i);
        }
        return this;
    }

    CopyText text(String s) {
        separator();
        if (s == null) {
            return this;
        }
        if (s.indexOf(0) >= 0) {
            s = s.replace("\0", ""); // first, so that a surrogate pair around a NUL stays a pair
        }
        int n = s.length();
        ensure(3 * n + 2); // the most UTF-8 can take per char (a doubled quote takes 2)
        byte[] b = buf;
        int at = len;
        b[at++] = '"';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c == '"') {
                    b[at++] = '"';
                    b[at++] = '"';
                } else {
                    b[at++] = (byte) c;
                }
            } else if (c < 0x800) {
                b[at++] = (byte) (0xC0 | c >> 6);
                b[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                char low = i + 1 < n ? s.charAt(i + 1) : 0;
                if (Character.isHighSurrogate(c) && Character.isLowSurrogate(low)) {
                    int cp = Character.toCodePoint(c, low);
                    b[at++] = (byte) (0xF0 | cp >> 18);
                    b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[at++] = (byte) (0x80 | cp & 0x3F);
                    i++;
                } else {
                    b[at++] = '?';
                }
            } else {
                b[at++] = (byte) (0xE0 | c >> 12);
                b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        b[at++] = '"';
        len = at;
        return this;
    }

    CopyText endRow() {
        ensure(1);
        buf[len++] = '\n';
        lineStart = true;
        rows++;
        return this;
    }

    private void separator() {
        if (!lineStart) {
            ensure(1);
            buf[len++] = ',';
        }
        lineStart = false;
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    int rows() {
        return rows;
    }

    /** Bytes written so far. */
    int length() {
        return len;
    }

    /** A copy of the text (the buffer is reused after {@link #clear()}). */
    byte[] bytes() {
        return Arrays.copyOf(buf, len);
    }

    void clear() {
        len = 0;
        rows = 0;
        lineStart = true;
    }
}
