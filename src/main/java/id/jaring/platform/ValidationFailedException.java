package id.jaring.platform;

import java.util.List;

/** Thrown when input breaks at least one rule; nothing has been saved. */
public class ValidationFailedException extends RuntimeException {

    private final List<Violation> violations;

    public ValidationFailedException(List<Violation> violations) {
        super("Validation failed: " + violations.stream().map(Violation::code).toList());
        this.violations = List.copyOf(violations);
    }

    public ValidationFailedException(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }
}
