package id.jaring.registry;

import id.jaring.platform.ConflictException;
import id.jaring.platform.Violation;

/**
 * Someone else changed the record since the operator loaded it (optimistic locking): nothing was
 * saved. Carries one CONCURRENT_MODIFICATION error; the API answers 409.
 */
public class StaleVersionException extends ConflictException {

    public StaleVersionException() {
        super(Violation.error(RegistryCodes.CONCURRENT_MODIFICATION, "version"));
    }
}
