package id.jaring.enrollment.readiness;

/** Stable codes of refused readiness versions and field assessments (messages: {@code error.<CODE>}). */
public final class ReadinessCodes {

    public static final String READINESS_NOTE_REQUIRED = "READINESS_NOTE_REQUIRED";
    public static final String READINESS_NOTE_TOO_LONG = "READINESS_NOTE_TOO_LONG";
    public static final String READINESS_INDICATOR_UNKNOWN = "READINESS_INDICATOR_UNKNOWN";
    public static final String READINESS_INDICATOR_DUPLICATE = "READINESS_INDICATOR_DUPLICATE";
    public static final String READINESS_INCOMPLETE = "READINESS_INCOMPLETE";
    public static final String READINESS_WEIGHT_INVALID = "READINESS_WEIGHT_INVALID";
    public static final String READINESS_THRESHOLD_INVALID = "READINESS_THRESHOLD_INVALID";
    public static final String READINESS_THRESHOLD_NOT_USED = "READINESS_THRESHOLD_NOT_USED";
    public static final String READINESS_READY_FROM_INVALID = "READINESS_READY_FROM_INVALID";
    public static final String READINESS_READY_FROM_UNREACHABLE = "READINESS_READY_FROM_UNREACHABLE";
    public static final String READINESS_VERSION_UNKNOWN = "READINESS_VERSION_UNKNOWN";
    public static final String READINESS_ALREADY_ACTIVE = "READINESS_ALREADY_ACTIVE";

    public static final String FIELD_ASSESSMENT_DATE_REQUIRED = "FIELD_ASSESSMENT_DATE_REQUIRED";
    public static final String FIELD_ASSESSMENT_DATE_INVALID = "FIELD_ASSESSMENT_DATE_INVALID";
    public static final String FIELD_ASSESSMENT_DATE_FUTURE = "FIELD_ASSESSMENT_DATE_FUTURE";
    public static final String FIELD_ASSESSMENT_DATE_BEFORE_PREVIOUS = "FIELD_ASSESSMENT_DATE_BEFORE_PREVIOUS";
    public static final String FIELD_ASSESSMENT_ANSWER_REQUIRED = "FIELD_ASSESSMENT_ANSWER_REQUIRED";
    public static final String FIELD_ASSESSMENT_NOTES_TOO_LONG = "FIELD_ASSESSMENT_NOTES_TOO_LONG";
    public static final String FIELD_ASSESSMENT_CONCURRENT = "FIELD_ASSESSMENT_CONCURRENT";

    private ReadinessCodes() {
    }
}
