package id.jaring.targeting.rules;

/** What kind of values an attribute holds, which decides the operators and literals it takes. */
public enum ValueType {
    /** Whole numbers; {@code 1.500.000} reads as 1500000. */
    INTEGER,
    /** Decimal numbers; the dot is the decimal point. */
    DECIMAL,
    /** Age in full years at the as-of date, from the birth date. */
    AGE,
    /** Yes/no: written alone as a condition ({@code hamil}, {@code TIDAK aset_lahan}). */
    BOOLEAN,
    /** A code list (registry enum): only =, !=, IN. */
    ENUM,
    /** A region code (dotted): only =, !=, IN. */
    REGION,
    /** Free text, compared ignoring case and surrounding spaces: only =, !=, IN. */
    TEXT;

    boolean ordered() {
        return this == INTEGER || this == DECIMAL || this == AGE;
    }
}
