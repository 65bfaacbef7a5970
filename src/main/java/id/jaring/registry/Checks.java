package id.jaring.registry;

import java.util.List;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DataIntegrityViolationException;

import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;

/** Turns the violations found into the service's answer, and database constraints into codes. */
final class Checks {

    private Checks() {
    }

    /**
     * Throws when anything blocks saving: errors (listed together with the warnings), or warnings
     * the operator has not confirmed. Returns the confirmed warnings otherwise.
     */
    static List<Violation> settle(List<Violation> found, boolean confirmWarnings) {
        if (found.stream().anyMatch(Violation::isError)) {
            throw new ValidationFailedException(found);
        }
        if (!found.isEmpty() && !confirmWarnings) {
            throw new UnconfirmedWarningsException(found);
        }
        return found;
    }

    /** The audit detail noting which warnings the operator confirmed, or null. */
    static String confirmed(List<Violation> warnings) {
        return warnings.isEmpty() ? null
                : "warnings confirmed: " + String.join(",", warnings.stream().map(Violation::code).distinct().toList());
    }

    /**
     * A unique index caught what the service's own check missed (two operators saving at the same
     * moment): answer with the same code as the check would have.
     */
    static RuntimeException translate(DataIntegrityViolationException e) {
        String constraint = constraintName(e);
        if (constraint == null) {
            return e;
        }
        return switch (constraint) {
            case "person_nik_living_uq" -> new ValidationFailedException(Violation.error(RegistryCodes.NIK_DUPLICATE, "nik"));
            case "household_no_kk_active_uq" -> new ValidationFailedException(Violation.error(RegistryCodes.KK_DUPLICATE, "noKk"));
            case "household_member_current_head_uq" -> new ValidationFailedException(Violation.error(RegistryCodes.HEAD_COUNT, "hubungan", 2));
            case "household_member_current_person_uq" -> new StaleVersionException();
            default -> e;
        };
    }

    private static String constraintName(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PSQLException psql) {
                ServerErrorMessage message = psql.getServerErrorMessage();
                return message == null ? null : message.getConstraint();
            }
        }
        return null;
    }
}
