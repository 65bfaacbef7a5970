package id.jaring.intake.file;

import java.nio.file.Path;

/** Opens agency files: CSV or XLSX, told apart by content, not by name. */
public final class TabularFiles {

    private TabularFiles() {
    }

    /**
     * @param declaredEncoding the charset the operator declared, or null to detect it
     * @throws FileProblem when the file is empty, unreadable or breaks a limit
     */
    public static TabularFile open(Path file, String declaredEncoding, FileLimits limits) {
        throw new FileProblem("FILE_FORMAT_UNSUPPORTED", "the file layer is not built yet");
    }
}
