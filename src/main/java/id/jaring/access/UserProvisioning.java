package id.jaring.access;

/**
 * Creates users from code rather than through the user pages: demo seeding, set-up scripts.
 * Every creation is written to the audit trail with the actor {@code system}.
 */
public interface UserProvisioning {

    /**
     * Creates the user unless one with this username (compared case-insensitively) exists; an
     * existing user is left exactly as it is (password, role and scope included).
     *
     * @param scope the agency and region of the user; {@link Scope#PROVINCE} for the whole province
     * @return the id of the created or existing user
     * @throws id.jaring.platform.ValidationFailedException when the input breaks a rule (username
     *         format, password shorter than 12 characters, role without its required region or agency)
     */
    long ensureUser(String username, String displayName, String rawPassword, Role role, Scope scope);

    /** True when a user with this username (compared case-insensitively) exists. */
    boolean userExists(String username);
}
