package id.jaring.intake.file;

import java.util.List;

/**
 * An agency file opened for reading, row by row, never held whole: a CSV (encoding and delimiter
 * detected) or the first sheet of an XLSX (read as a stream). Cells are text as the agency meant
 * it: Excel dates as ISO dates ({@code 2019-03-07}), numbers without exponent or grouping
 * ({@code 3602011205800001}, never {@code 3.60201E+15}), blanks as empty strings.
 *
 * <p>Contract between the file layer and the intake pipeline; implementations come from
 * {@link TabularFiles#open}.
 */
public interface TabularFile extends AutoCloseable {

    /** How the file was read. */
    FileFacts facts();

    /** The header row's cells as written (trimmed), in column order. */
    List<String> header();

    /**
     * The next data row, or null at the end. Rows shorter than the header are padded with empty
     * strings; completely empty rows are skipped.
     *
     * @throws FileProblem when the file breaks a limit or cannot be read further
     */
    Row next();

    @Override
    void close();

    /** One data row: its 1-based line/row number in the file (the header is row 1) and its cells. */
    record Row(long number, List<String> cells) {
    }

    /**
     * @param format CSV or XLSX
     * @param encoding detected or declared charset name for CSV (UTF-8, windows-1252), null for XLSX
     * @param delimiter the CSV delimiter (',', ';', '\t'), 0 for XLSX
     * @param byteOrderMark whether a CSV began with a byte order mark
     */
    record FileFacts(Format format, String encoding, char delimiter, boolean byteOrderMark) {
    }

    enum Format { CSV, XLSX }
}
