package id.jaring.intake.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens agency files: CSV or XLSX, told apart by content, not by name. */
public final class TabularFiles {

    private static final int HEAD_BYTES = 8192;

    private TabularFiles() {
    }

    /**
     * Opens a file and reads its header. An XLSX is a zip holding {@code [Content_Types].xml} and
     * {@code xl/workbook.xml} (its first sheet is read); text that is not binary is a CSV; anything
     * else is refused.
     *
     * @param declaredEncoding the charset the operator declared for a CSV, or null to detect it
     *        (a byte order mark always decides)
     * @throws FileProblem when the file is empty ({@code FILE_EMPTY}), larger than the limit
     *         ({@code FILE_TOO_LARGE}), neither CSV nor XLSX ({@code FILE_FORMAT_UNSUPPORTED}), has no
     *         header ({@code FILE_NO_HEADER}), is a damaged or unsafe XLSX ({@code FILE_CORRUPT},
     *         {@code FILE_ZIP_BOMB}, {@code FILE_XML_UNSAFE}) or cannot be read; see {@link FileProblem}
     */
    public static TabularFile open(Path file, String declaredEncoding, FileLimits limits) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new FileProblem(FileProblem.FILE_EMPTY, "the file has 0 bytes");
            }
            if (size > limits.maxBytes()) {
                throw new FileProblem(FileProblem.FILE_TOO_LARGE, size + " bytes > " + limits.maxBytes(),
                        Math.max(1, limits.maxBytes() / (1024 * 1024)));
            }
            byte[] head = new byte[HEAD_BYTES];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            return switch (FormatSniffer.kind(file, head, n)) {
                case XLSX -> XlsxTabularFile.open(file, limits);
                case TEXT -> CsvTabularFile.open(file, head, n, declaredEncoding, limits);
                case OTHER -> throw new FileProblem(FileProblem.FILE_FORMAT_UNSUPPORTED, "neither CSV nor XLSX");
            };
        } catch (NoSuchFileException e) {
            throw new FileProblem(FileProblem.FILE_UNREADABLE, "no such file", e);
        } catch (IOException e) {
            throw new FileProblem(FileProblem.FILE_UNREADABLE, "cannot read the file", e);
        }
    }
}
