package id.jaring.linkage.engine;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A streaming CSV reader for agency files, one row at a time, so that a file of any size is never
 * held in memory as text: UTF-8 with or without BOM, comma or semicolon (whichever the header has
 * more of), RFC 4180 quotes, values trimmed (FEBRL writes a space after each comma), header names
 * compared case-insensitively, empty lines skipped.
 *
 * <p>Rows are split on bytes (the delimiters, quotes and line ends are ASCII, never part of a UTF-8
 * or Windows-1252 multi-byte character), and a value becomes a String only when asked for: pure
 * ASCII by a plain copy, anything else decoded as UTF-8, or as Windows-1252 when its bytes are not
 * UTF-8 (decided per value, so one mistyped export line does not turn a whole file into mojibake).
 *
 * <pre>
 * try (CsvStream csv = CsvStream.open(file)) {
 *     int nik = csv.column("nik");
 *     while (csv.next()) { String v = csv.get(nik); ... }
 * }
 * </pre>
 */
public final class CsvStream implements Closeable {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 20];
    private int position;
    private int limit;
    private final byte delimiter;
    private final List<String> header;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    /** The current row: the values' bytes one after another, each value from start[i] to end[i] (trimmed). */
    private byte[] row = new byte[1024];
    private int rowLength;
    private int[] start = new int[32];
    private int[] end = new int[32];
    private int fields;

    private CsvStream(InputStream in) throws IOException {
        this.in = in;
        fill();
        if (limit - position >= 3 && (buffer[0] & 0xff) == 0xEF && (buffer[1] & 0xff) == 0xBB
                && (buffer[2] & 0xff) == 0xBF) {
            position = 3;
        }
        int semicolons = 0;
        int commas = 0;
        for (int i = position; i < limit && buffer[i] != '\n'; i++) {
            semicolons += buffer[i] == ';' ? 1 : 0;
            commas += buffer[i] == ',' ? 1 : 0;
        }
        delimiter = (byte) (semicolons > commas ? ';' : ',');
        List<String> names = new ArrayList<>();
        if (next()) {
            for (int i = 0; i < fields; i++) {
                names.add(get(i).toLowerCase(Locale.ROOT));
            }
        }
        header = List.copyOf(names);
    }

    public static CsvStream open(Path file) {
        try {
            return new CsvStream(Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads from a stream (closed with this reader). */
    public static CsvStream of(InputStream in) {
        try {
            return new CsvStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header names in lower case. */
    public List<String> header() {
        return header;
    }

    /** Index of a column by case-insensitive name, or -1. */
    public int column(String name) {
        return header.indexOf(name.toLowerCase(Locale.ROOT));
    }

    /** Number of values in the current row. */
    public int size() {
        return fields;
    }

    /** Whether value {@code i} of the current row is absent or empty. */
    public boolean isEmpty(int i) {
        return i < 0 || i >= fields || start[i] == end[i];
    }

    /** Value {@code i} of the current row, trimmed; null when the row has no such column (i < 0 or beyond its end). */
    public String get(int i) {
        if (i < 0 || i >= fields) {
            return null;
        }
        int from = start[i];
        int to = end[i];
        for (int k = from; k < to; k++) {
            if (row[k] < 0) {
                return decode(from, to);
            }
        }
        return new String(row, from, to - from, StandardCharsets.ISO_8859_1); // ASCII: a plain copy
    }

    private String decode(int from, int to) {
        try {
            return utf8.decode(ByteBuffer.wrap(row, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            return new String(row, from, to - from, WINDOWS_1252);
        }
    }

    /** Moves to the next non-empty row; false at the end of the file. */
    public boolean next() {
        try {
            while (true) {
                int result = readRow();
                if (result < 0) {
                    return false;
                }
                if (!(fields == 1 && start[0] == end[0])) {
                    return true;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one physical row into the row buffer: -1 at the end of the input, else 1. */
    private int readRow() throws IOException {
        rowLength = 0;
        fields = 0;
        int fieldStart = 0;
        boolean blank = true;
        boolean any = false;
        while (true) {
            int b = read();
            if (b < 0) {
                if (!any) {
                    return -1;
                }
                endField(fieldStart);
                return 1;
            }
            any = true;
            if (b == '"' && blank) {
                rowLength = fieldStart; // what came before the quote was blank
                while (true) {
                    int q = read();
                    if (q < 0) {
                        break;
                    }
                    if (q == '"') {
                        if (peek() == '"') {
                            read();
                            append('"');
                        } else {
                            break;
                        }
                    } else {
                        append(q);
                    }
                }
                blank = false;
            } else if (b == delimiter) {
                endField(fieldStart);
                fieldStart = rowLength;
                blank = true;
            } else if (b == '\n' || b == '\r') {
                if (b == '\r' && peek() == '\n') {
                    read();
                }
                endField(fieldStart);
                return 1;
            } else {
                append(b);
                if ((b & 0xff) > ' ') {
                    blank = false;
                }
            }
        }
    }

    private void endField(int fieldStart) {
        int from = fieldStart;
        int to = rowLength;
        while (from < to && (row[from] & 0xff) <= ' ') {
            from++;
        }
        while (to > from && (row[to - 1] & 0xff) <= ' ') {
            to--;
        }
        if (fields == start.length) {
            start = Arrays.copyOf(start, fields * 2);
            end = Arrays.copyOf(end, fields * 2);
        }
        start[fields] = from;
        end[fields] = to;
        fields++;
    }

    private void append(int b) {
        if (rowLength == row.length) {
            row = Arrays.copyOf(row, row.length * 2);
        }
        row[rowLength++] = (byte) b;
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position] & 0xff;
    }

    private boolean fill() throws IOException {
        position = 0;
        limit = 0;
        int n = in.readNBytes(buffer, 0, buffer.length);
        limit = Math.max(0, n);
        return limit > 0;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
