package id.jaring.platform;

/**
 * The request is valid but clashes with the record's current state (someone changed it meanwhile,
 * or it was already decided): nothing has been saved. The API answers 409 with the violations.
 */
public class ConflictException extends ValidationFailedException {

    public ConflictException(Violation violation) {
        super(violation);
    }
}
