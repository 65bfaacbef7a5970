package id.jaring.registry;

import java.util.List;

import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;

/**
 * The input has no errors but has warnings the operator has not confirmed: nothing was saved.
 * {@link #violations()} lists the warnings followed by one WARNINGS_UNCONFIRMED error. Send the
 * same command again with {@code confirmWarnings = true} to save.
 */
public class UnconfirmedWarningsException extends ValidationFailedException {

    private final List<Violation> warnings;

    public UnconfirmedWarningsException(List<Violation> warnings) {
        super(withMarker(warnings));
        this.warnings = List.copyOf(warnings);
    }

    public List<Violation> warnings() {
        return warnings;
    }

    private static List<Violation> withMarker(List<Violation> warnings) {
        java.util.ArrayList<Violation> all = new java.util.ArrayList<>(warnings);
        all.add(Violation.error(RegistryCodes.WARNINGS_UNCONFIRMED, "confirmWarnings"));
        return all;
    }
}
