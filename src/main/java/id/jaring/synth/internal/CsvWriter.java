package id.jaring.synth.internal;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** RFC 4180 CSV: CRLF line ends, fields quoted only when they hold the delimiter, a quote or a line break. */
public final class CsvWriter implements Closeable {

    private final Writer out;
    private final char delimiter;
    private long rows;

    public CsvWriter(Path file, char delimiter, boolean byteOrderMark) {
        try {
            this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
            if (byteOrderMark) {
                out.write('\uFEFF');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.delimiter = delimiter;
    }

    /** Writes one row; null fields are written empty. The header counts as a row. */
    public void row(String... fields) {
        try {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    out.write(delimiter);
                }
                field(fields[i]);
            }
            out.write("\r\n");
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void field(String value) throws IOException {
        if (value == null || value.isEmpty()) {
            return;
        }
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == delimiter || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.write(value);
            return;
        }
        out.write('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.write('"');
            }
            out.write(c);
        }
        out.write('"');
    }

    /** Rows written so far, the header included. */
    public long rows() {
        return rows;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
