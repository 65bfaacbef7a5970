package id.jaring.intake.file;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records from a character stream, one at a time: quoted fields may hold delimiters,
 * doubled quotes and line breaks; CRLF, LF and lone CR end a record. Lenient where agencies'
 * exports are sloppy but the meaning is clear (a quote inside an unquoted field is text), strict
 * where the rest of the file would be misread (text after a closing quote, a quote never closed,
 * a quoted field longer than any real cell): those are {@code FILE_CSV_MALFORMED} with the line.
 *
 * <p>Our own parser rather than commons-csv: it reports the line where a broken quote opened,
 * bounds a runaway quoted field, and reads unquoted fields straight from its buffer.
 */
final class CsvParser {

    static final int MAX_FIELD_CHARS = 1 << 20;
    private static final int EOF = -1;

    private final Reader in;
    private final char delimiter;
    private char[] buf;
    private int pos;
    private int len;
    private long line = 1;
    private long recordLine;
    private int widthHint = 16;
    private final StringBuilder field = new StringBuilder();

    /** @param prefix characters already read from {@code in} (the sniffing sample), parsed first */
    CsvParser(Reader in, char delimiter, char[] prefix, int prefixLength) {
        this.in = in;
        this.delimiter = delimiter;
        this.buf = new char[Math.max(1 << 16, prefixLength)];
        System.arraycopy(prefix, 0, buf, 0, prefixLength);
        this.len = prefixLength;
    }

    /** The line on which the record last returned by {@link #next()} started. */
    long recordLine() {
        return recordLine;
    }

    /** The line the parser is on (where a decoding error was met). */
    long line() {
        return line;
    }

    /** The next record's fields, or null at the end of input. An empty line gives one empty field. */
    List<String> next() throws IOException {
        if (pos >= len && !fill()) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>(widthHint);
        while (true) {
            fields.add(buf[pos] == '"' ? quoted() : unquoted());
            int c = read();
            if (c == delimiter) {
                if (pos >= len && !fill()) {
                    fields.add(""); // a delimiter right before the end: one more, empty field
                    break;
                }
                continue;
            }
            if (c == '\r') {
                if (peek() == '\n') {
                    pos++;
                }
                line++;
            } else if (c == '\n') {
                line++;
            }
            break; // end of line or end of input
        }
        widthHint = Math.max(widthHint, fields.size());
        return fields;
    }

    /** Reads up to (not including) the next delimiter or line break. */
    private String unquoted() throws IOException {
        int start = pos;
        while (true) {
            while (pos < len) {
                char c = buf[pos];
                if (c == delimiter || c == '\n' || c == '\r') {
                    return take(start);
                }
                pos++;
            }
            field.append(buf, start, pos - start);
            if (field.length() > MAX_FIELD_CHARS) {
                throw malformed(recordLine, "a field longer than " + MAX_FIELD_CHARS + " characters");
            }
            if (!fill()) {
                return drain();
            }
            start = 0;
        }
    }

    private String take(int start) {
        if (field.isEmpty()) {
            return new String(buf, start, pos - start);
        }
        field.append(buf, start, pos - start);
        return drain();
    }

    private String drain() {
        String s = field.toString();
        field.setLength(0);
        return s;
    }

    /** Reads a quoted field from its opening quote to the character after the closing one. */
    private String quoted() throws IOException {
        long openedOn = line;
        pos++; // the opening quote
        while (true) {
            int c = read();
            if (c == EOF) {
                throw malformed(openedOn, "a quote opened on line " + openedOn + " is never closed");
            }
            if (c == '"') {
                if (peek() == '"') {
                    pos++;
                    field.append('"');
                    continue;
                }
                int after = peek();
                while ((after == ' ' || after == '\t') && after != delimiter) {
                    pos++; // "text" , : blanks after a closing quote mean nothing
                    after = peek();
                }
                if (after != delimiter && after != '\n' && after != '\r' && after != EOF) {
                    throw malformed(line, "text after a closing quote");
                }
                return drain();
            }
            if (c == '\n') {
                line++;
            }
            field.append((char) c);
            if (field.length() > MAX_FIELD_CHARS) {
                throw malformed(openedOn, "a quoted field longer than " + MAX_FIELD_CHARS
                        + " characters (a quote never closed?)");
            }
        }
    }

    private int read() throws IOException {
        if (pos >= len && !fill()) {
            return EOF;
        }
        return buf[pos++];
    }

    private int peek() throws IOException {
        if (pos >= len && !fill()) {
            return EOF;
        }
        return buf[pos];
    }

    private boolean fill() throws IOException {
        if (buf.length > 1 << 16) {
            buf = new char[1 << 16]; // the sniffing sample was larger: back to the usual size
        }
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        pos = 0;
        len = Math.max(n, 0);
        return n > 0;
    }

    private static FileProblem malformed(long line, String detail) {
        return new FileProblem(FileProblem.FILE_CSV_MALFORMED, detail + " (line " + line + ")", line);
    }
}
