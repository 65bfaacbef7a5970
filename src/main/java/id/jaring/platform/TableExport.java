package id.jaring.platform;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A table written row by row as CSV (UTF-8 with a BOM for Excel, CRLF lines) or XLSX (streamed with
 * SXSSF: a few hundred rows in memory), so that exports of any size never sit whole in memory. Text
 * cells that a spreadsheet would take for a formula are neutralised; numbers become numeric cells in
 * XLSX. Close it to finish the file (the caller closes the stream); closing twice is harmless.
 */
public abstract class TableExport implements AutoCloseable {

    /** The two file formats, with their media type and file name extension. */
    public enum Format {
        CSV("text/csv;charset=UTF-8"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** By extension ({@code csv}, {@code xlsx}, any case). @throws NotFoundException for anything else */
        public static Format of(String extension) {
            for (Format f : values()) {
                if (f.extension().equalsIgnoreCase(extension)) {
                    return f;
                }
            }
            throw new NotFoundException("export format");
        }

        /** Sets the content type and makes the browser save the answer as {@code baseName.<extension>}. */
        public void attach(HttpServletResponse response, String baseName) {
            response.setContentType(contentType);
            response.setHeader("Content-Disposition", "attachment; filename=\"" + baseName + "." + extension() + "\"");
        }
    }

    private long rows;
    private boolean closed;

    /** Starts the file with its header row. */
    public static TableExport open(Format format, String sheetName, OutputStream out, List<String> header) {
        TableExport table = format == Format.CSV ? new Csv(out) : new Xlsx(sheetName, out);
        table.write(header.toArray());
        return table;
    }

    /** One data row; null cells stay empty. */
    public void row(Object... cells) {
        write(cells);
        rows++;
    }

    /** The data rows written so far (the header not counted). */
    public long rows() {
        return rows;
    }

    /** Finishes the file (XLSX: writes the whole workbook now); a second call does nothing. */
    @Override
    public final void close() {
        if (!closed) {
            closed = true;
            finish();
        }
    }

    abstract void write(Object[] cells);

    abstract void finish();

    /**
     * A cell that starts like a formula (=, +, -, @, or a tab / carriage return that some
     * spreadsheets skip) gets a leading apostrophe, so that it is shown as text, never run.
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }

    private static final class Csv extends TableExport {

        private final Writer out;

        Csv(OutputStream stream) {
            this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            io(() -> out.write('\uFEFF'));
        }

        @Override
        void write(Object[] cells) {
            io(() -> {
                for (int i = 0; i < cells.length; i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    out.write(quoted(cells[i] == null ? "" : cells[i] instanceof Number n ? n.toString()
                            : neutralise(cells[i].toString())));
                }
                out.write("\r\n");
            });
        }

        private static String quoted(String c) {
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                return '"' + c.replace("\"", "\"\"") + '"';
            }
            return c;
        }

        @Override
        void finish() {
            io(out::flush);
        }
    }

    private static final class Xlsx extends TableExport {

        private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        private final Sheet sheet;
        private final OutputStream out;
        private int next;

        Xlsx(String sheetName, OutputStream out) {
            this.sheet = workbook.createSheet(sheetName);
            this.out = out;
        }

        @Override
        void write(Object[] cells) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] instanceof Number n) {
                    row.createCell(i).setCellValue(n.doubleValue());
                } else if (cells[i] != null) {
                    row.createCell(i).setCellValue(neutralise(cells[i].toString()));
                }
            }
        }

        @Override
        void finish() {
            io(() -> {
                try (workbook) {
                    workbook.write(out);
                }
            });
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void io(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
