package id.jaring.intake.file;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The same row shape for CSV and XLSX: header cells trimmed and trailing empty ones dropped; data
 * rows padded to the header's width, empty cells past it dropped, blank rows skipped, and the row
 * limit enforced.
 */
final class RowShaper {

    private final long maxRows;
    private int width;
    private long dataRows;

    RowShaper(long maxRows) {
        this.maxRows = maxRows;
    }

    /** The header from the first non-blank row's cells, or null if these cells are all blank. */
    List<String> header(List<String> cells) {
        int end = lastNonBlank(cells);
        if (end < 0) {
            return null;
        }
        String[] header = new String[end + 1];
        for (int i = 0; i <= end; i++) {
            header[i] = cells.get(i).strip();
        }
        width = header.length;
        return List.of(header);
    }

    /** The data row, or null when all its cells are blank (skipped, not counted). */
    TabularFile.Row row(long number, List<String> cells, Set<Integer> numericColumns) {
        int end = lastNonBlank(cells);
        if (end < 0) {
            return null;
        }
        if (++dataRows > maxRows) {
            throw new FileProblem(FileProblem.FILE_TOO_MANY_ROWS, "more than " + maxRows + " data rows", maxRows);
        }
        int size = Math.max(width, end + 1);
        String[] shaped = new String[size];
        int copied = Math.min(cells.size(), size);
        for (int i = 0; i < copied; i++) {
            shaped[i] = cells.get(i);
        }
        if (copied < size) {
            Arrays.fill(shaped, copied, size, "");
        }
        return new TabularFile.Row(number, List.of(shaped), numericColumns);
    }

    private static int lastNonBlank(List<String> cells) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (!cells.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** Raw rows of a file, in order; null at the end. */
    interface RawRows {
        SheetRows.Raw next();
    }

    /**
     * The header: the first raw row that makes one. Without one, the file is closed and refused.
     *
     * @param noHeader what to say when the file has no header row
     */
    List<String> header(RawRows rows, Runnable close, String noHeader) {
        try {
            SheetRows.Raw raw;
            while ((raw = rows.next()) != null) {
                List<String> header = header(raw.cells());
                if (header != null) {
                    return header;
                }
            }
        } catch (RuntimeException e) {
            close.run();
            throw e;
        }
        close.run();
        throw new FileProblem(FileProblem.FILE_NO_HEADER, noHeader);
    }

    /** The next data row (blank rows skipped), or null at the end. */
    TabularFile.Row next(RawRows rows) {
        SheetRows.Raw raw;
        while ((raw = rows.next()) != null) {
            TabularFile.Row row = row(raw.number(), raw.cells(), raw.numericColumns());
            if (row != null) {
                return row;
            }
        }
        return null;
    }
}
