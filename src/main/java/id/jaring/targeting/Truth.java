package id.jaring.targeting;

/**
 * The result of a condition under three-valued logic (as SQL has it): a comparison with an
 * unknown value is UNKNOWN, NOT UNKNOWN stays UNKNOWN, and a family is eligible only when the
 * whole rule is TRUE.
 */
public enum Truth {
    TRUE, FALSE, UNKNOWN;

    public static Truth of(boolean value) {
        return value ? TRUE : FALSE;
    }

    public Truth and(Truth other) {
        if (this == FALSE || other == FALSE) {
            return FALSE;
        }
        return this == TRUE && other == TRUE ? TRUE : UNKNOWN;
    }

    public Truth or(Truth other) {
        if (this == TRUE || other == TRUE) {
            return TRUE;
        }
        return this == FALSE && other == FALSE ? FALSE : UNKNOWN;
    }

    public Truth not() {
        return switch (this) {
            case TRUE -> FALSE;
            case FALSE -> TRUE;
            case UNKNOWN -> UNKNOWN;
        };
    }

    public boolean isTrue() {
        return this == TRUE;
    }
}
