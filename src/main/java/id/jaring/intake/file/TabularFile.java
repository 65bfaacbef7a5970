package id.jaring.intake.file;

import java.util.List;
import java.util.Set;

/**
 * An agency file opened for reading, row by row, never held whole: a CSV (encoding and delimiter
 * detected) or the first sheet of an XLSX (read as a stream). Cells are text as the agency meant
 * it: Excel dates as ISO dates ({@code 2019-03-07}), numbers without exponent or grouping
 * ({@code 3602011205800001}, never {@code 3.60201E+15}), blanks as empty strings.
 *
 * <p>Contract between the file layer and the intake pipeline; implementations come from
 * {@link TabularFiles#open}. Not thread-safe; close it (try-with-resources).
 */
public interface TabularFile extends AutoCloseable {

    /** How the file was read. */
    FileFacts facts();

    /**
     * The header row's cells as written (trimmed), in column order. The header is the first row
     * that is not blank; trailing empty header cells are dropped.
     */
    List<String> header();

    /**
     * The next data row, or null at the end. Rows shorter than the header are padded with empty
     * strings, empty cells beyond the header are dropped (non-empty ones are kept, so a row may be
     * longer than the header); completely empty rows are skipped.
     *
     * @throws FileProblem when the file breaks a limit ({@code FILE_TOO_MANY_ROWS} when the row
     *         past {@link FileLimits#maxRows()} is reached) or cannot be read further
     */
    Row next();

    @Override
    void close();

    /**
     * One data row: its 1-based line/row number in the file (the header is row 1 when it is on the
     * first line; for a CSV the line where the record starts, for an XLSX the sheet's row number)
     * and its cells.
     *
     * @param numericColumns indexes (0-based) of the cells whose text was written from a numeric
     *        spreadsheet cell (XLSX, not date-formatted). Always empty for CSV. The pipeline uses it
     *        to warn about identifiers Excel stored as numbers: a 16-digit NIK held as a number
     *        keeps at most 15 significant digits in Excel, so its last digit may have been lost
     *        (see {@code id.jaring.intake.file.value.Identifiers#nik(String, boolean)}).
     */
    record Row(long number, List<String> cells, Set<Integer> numericColumns) {

        public Row {
            cells = List.copyOf(cells);
            numericColumns = Set.copyOf(numericColumns);
        }

        /** A row without numeric cells (CSV). */
        public Row(long number, List<String> cells) {
            this(number, cells, Set.of());
        }

        /** The cell at a column, "" past the end of the row. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        /** Whether the cell at this column came from a numeric spreadsheet cell. */
        public boolean fromNumber(int column) {
            return numericColumns.contains(column);
        }
    }

    /**
     * @param format CSV or XLSX
     * @param encoding detected or declared charset name for CSV (UTF-8, windows-1252), null for XLSX
     * @param delimiter the CSV delimiter (',', ';', '\t', '|'), 0 for XLSX
     * @param byteOrderMark whether a CSV began with a byte order mark
     * @param date1904 whether an XLSX counts serial dates from 1904 (old Mac Excel); false for CSV.
     *        Date-formatted cells are already ISO dates; this matters for serial numbers in cells
     *        without a date format ({@code id.jaring.intake.file.value.DateReader}).
     */
    record FileFacts(Format format, String encoding, char delimiter, boolean byteOrderMark, boolean date1904) {

        public FileFacts(Format format, String encoding, char delimiter, boolean byteOrderMark) {
            this(format, encoding, delimiter, byteOrderMark, false);
        }
    }

    enum Format { CSV, XLSX }
}
