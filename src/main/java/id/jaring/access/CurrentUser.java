package id.jaring.access;

/**
 * The authenticated user acting on the current request or job. It is a {@link java.security.Principal}
 * so that an authentication carrying it is named by the username (the audit trail's actor), and
 * serializable so that it can live in an HTTP session.
 */
public record CurrentUser(long id, String username, Role role, Scope scope) implements java.security.Principal, java.io.Serializable {

    @Override
    public String getName() {
        return username;
    }

    /** Batch work started from the command line or the scheduler. */
    public static final CurrentUser SYSTEM = new CurrentUser(0, "system", Role.DATA_STEWARD, Scope.PROVINCE);
}
