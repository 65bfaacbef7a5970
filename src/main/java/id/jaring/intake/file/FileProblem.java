package id.jaring.intake.file;

/**
 * A file that cannot be taken as a whole: empty, not a CSV/XLSX, truncated, too big, too many
 * rows, a zip bomb, no header. The code is stable (API and report); the message key is
 * {@code error.<code>}.
 */
public class FileProblem extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public FileProblem(String code, String detail, Object... args) {
        super(code + ": " + detail);
        this.code = code;
        this.args = args;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
