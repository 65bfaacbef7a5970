package id.jaring.access;

/** The authenticated user acting on the current request or job. */
public record CurrentUser(long id, String username, Role role, Scope scope) {

    /** Batch work started from the command line or the scheduler. */
    public static final CurrentUser SYSTEM = new CurrentUser(0, "system", Role.DATA_STEWARD, Scope.PROVINCE);
}
