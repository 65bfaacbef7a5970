package id.jaring.intake.file;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** Tells an XLSX from CSV text from anything else, by content. */
final class FormatSniffer {

    enum Kind { XLSX, TEXT, OTHER }

    private FormatSniffer() {
    }

    static Kind kind(Path file, byte[] head, int n) {
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return isWorkbook(file) ? Kind.XLSX : Kind.OTHER;
        }
        if (CsvEncoding.fromByteOrderMark(head, n) != null) {
            return Kind.TEXT;
        }
        return looksLikeText(head, n) && !looksLikeMarkup(head, n) ? Kind.TEXT : Kind.OTHER;
    }

    /** A zip is a workbook when it has the OOXML content types and a spreadsheet workbook part. */
    private static boolean isWorkbook(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry("[Content_Types].xml") != null && zip.getEntry("xl/workbook.xml") != null;
        } catch (ZipException e) {
            throw new FileProblem(FileProblem.FILE_CORRUPT, "a damaged or truncated zip", e);
        } catch (IOException e) {
            throw new FileProblem(FileProblem.FILE_UNREADABLE, "cannot read the file", e);
        }
    }

    /** No NUL byte, and hardly any control characters other than tab, CR, LF, FF. */
    private static boolean looksLikeText(byte[] b, int n) {
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return false;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
                control++;
            }
        }
        return control * 100 <= n;
    }

    /** HTML or XML saved as ".xls" by some systems: text, but not a table we can read. */
    private static boolean looksLikeMarkup(byte[] b, int n) {
        String start = new String(b, 0, Math.min(n, 512), StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(Locale.ROOT);
        return start.startsWith("<?xml") || start.startsWith("<!doctype") || start.startsWith("<html")
                || start.startsWith("<table");
    }
}
