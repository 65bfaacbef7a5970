package id.jaring.program;

/** Stable error codes of the program module (messages {@code error.<CODE>}, block {@code # --- program ---}). */
public final class ProgramCodes {

    public static final String REQUIRED = "REQUIRED";
    public static final String TOO_LONG = "TOO_LONG";
    public static final String AGENCY_CODE_FORMAT = "AGENCY_CODE_FORMAT";
    public static final String AGENCY_CODE_TAKEN = "AGENCY_CODE_TAKEN";
    public static final String AGENCY_UNKNOWN = "AGENCY_UNKNOWN";
    public static final String PROGRAMME_CODE_FORMAT = "PROGRAMME_CODE_FORMAT";
    public static final String PROGRAMME_CODE_TAKEN = "PROGRAMME_CODE_TAKEN";
    public static final String PERIOD_INVALID = "PERIOD_INVALID";
    public static final String DURATION_INVALID = "DURATION_INVALID";
    public static final String COMPONENT_CAP_INVALID = "COMPONENT_CAP_INVALID";
    public static final String REENTRY_WAIT_INVALID = "REENTRY_WAIT_INVALID";
    public static final String COMPONENT_CODE_FORMAT = "COMPONENT_CODE_FORMAT";
    public static final String COMPONENT_CODE_TAKEN = "COMPONENT_CODE_TAKEN";
    public static final String AMOUNT_INVALID = "AMOUNT_INVALID";
    public static final String TAHAP_INVALID = "TAHAP_INVALID";
    public static final String TAHAP_AMOUNT_MISMATCH = "TAHAP_AMOUNT_MISMATCH";
    public static final String QUOTA_NEGATIVE = "QUOTA_NEGATIVE";
    public static final String QUOTA_BELOW_ENROLLED = "QUOTA_BELOW_ENROLLED";
    public static final String KABKOTA_UNKNOWN = "KABKOTA_UNKNOWN";

    private ProgramCodes() {
    }
}
