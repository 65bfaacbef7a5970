package id.jaring.targeting.internal;

/** Stable validation codes of the targeting module (messages {@code error.<CODE>}, block {@code # --- targeting ---}). */
public final class TargetingCodes {

    public static final String WEIGHT_NOTE_REQUIRED = "WEIGHT_NOTE_REQUIRED";
    public static final String WEIGHT_NOTE_TOO_LONG = "WEIGHT_NOTE_TOO_LONG";
    public static final String WEIGHT_VALUE_INVALID = "WEIGHT_VALUE_INVALID";
    public static final String WEIGHT_BAND_INVALID = "WEIGHT_BAND_INVALID";
    public static final String WEIGHT_VARIABLE_UNKNOWN = "WEIGHT_VARIABLE_UNKNOWN";
    public static final String WEIGHT_CATEGORY_UNKNOWN = "WEIGHT_CATEGORY_UNKNOWN";
    public static final String WEIGHT_DUPLICATE = "WEIGHT_DUPLICATE";
    public static final String WEIGHT_INCOMPLETE = "WEIGHT_INCOMPLETE";
    public static final String WEIGHT_VERSION_UNKNOWN = "WEIGHT_VERSION_UNKNOWN";
    public static final String WEIGHT_ALREADY_ACTIVE = "WEIGHT_ALREADY_ACTIVE";

    private TargetingCodes() {
    }
}
