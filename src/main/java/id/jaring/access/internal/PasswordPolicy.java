package id.jaring.access.internal;

import java.util.ArrayList;
import java.util.List;

import id.jaring.platform.Violation;

/**
 * What a new password must be. Length is what makes a password strong (NIST SP 800-63B): at
 * least 12 characters, no composition rules; the upper bound keeps hashing cheap to refuse.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The violations of {@code raw} on {@code field}; empty when the password is acceptable. */
    public static List<Violation> check(String raw, String field) {
        List<Violation> violations = new ArrayList<>();
        int length = raw == null ? 0 : raw.codePointCount(0, raw.length());
        if (length < MIN_LENGTH) {
            violations.add(Violation.error("PASSWORD_TOO_SHORT", field, MIN_LENGTH));
        } else if (length > MAX_LENGTH) {
            violations.add(Violation.error("PASSWORD_TOO_LONG", field, MAX_LENGTH));
        } else if (raw.isBlank()) {
            violations.add(Violation.error("PASSWORD_BLANK", field));
        }
        return violations;
    }
}
