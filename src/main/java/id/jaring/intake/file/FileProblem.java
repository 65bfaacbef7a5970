package id.jaring.intake.file;

/**
 * A file that cannot be taken as a whole: empty, not a CSV/XLSX, truncated, too big, too many
 * rows, a zip bomb, no header. The code is stable (API and report); the message key is
 * {@code error.<code>}; {@link #args()} fill the message's placeholders.
 */
public class FileProblem extends RuntimeException {

    /** 0 bytes. */
    public static final String FILE_EMPTY = "FILE_EMPTY";
    /** More bytes than {@link FileLimits#maxBytes()}; args: the limit in MB. */
    public static final String FILE_TOO_LARGE = "FILE_TOO_LARGE";
    /** More data rows than {@link FileLimits#maxRows()}; args: the limit. Thrown from {@code next()}. */
    public static final String FILE_TOO_MANY_ROWS = "FILE_TOO_MANY_ROWS";
    /** Neither CSV text nor an XLSX workbook (an image, a PDF, an old .xls, a .docx, HTML, ...). */
    public static final String FILE_FORMAT_UNSUPPORTED = "FILE_FORMAT_UNSUPPORTED";
    /** No header row: only blank lines, or a sheet without rows. */
    public static final String FILE_NO_HEADER = "FILE_NO_HEADER";
    /** Broken CSV quoting (unterminated quote, text after a closing quote); args: the line. */
    public static final String FILE_CSV_MALFORMED = "FILE_CSV_MALFORMED";
    /** Bytes that are not valid in the declared charset; args: the line, the charset. */
    public static final String FILE_ENCODING_INVALID = "FILE_ENCODING_INVALID";
    /** A declared charset Java does not know; args: the name. */
    public static final String FILE_ENCODING_UNKNOWN = "FILE_ENCODING_UNKNOWN";
    /** An XLSX part inflating beyond the limits (size or compression ratio). */
    public static final String FILE_ZIP_BOMB = "FILE_ZIP_BOMB";
    /** An XLSX part with a DOCTYPE (entity expansion, external entities): refused unread. */
    public static final String FILE_XML_UNSAFE = "FILE_XML_UNSAFE";
    /** A truncated or damaged XLSX (zip or XML). */
    public static final String FILE_CORRUPT = "FILE_CORRUPT";
    /** The file could not be read from disk. */
    public static final String FILE_UNREADABLE = "FILE_UNREADABLE";

    private final String code;
    private final transient Object[] args;

    public FileProblem(String code, String detail, Object... args) {
        super(code + ": " + detail);
        this.code = code;
        this.args = args;
    }

    public FileProblem(String code, String detail, Throwable cause, Object... args) {
        this(code, detail, args);
        initCause(cause);
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
