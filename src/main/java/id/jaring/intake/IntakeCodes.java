package id.jaring.intake;

/**
 * The intake's own problem codes (message {@code error.<CODE>}). Row checks also use registry
 * codes (NIK_FORMAT, NIK_DATE_INVALID, NIK_SEX_MISMATCH, NIK_BIRTHDATE_MISMATCH, NIK_REGION_UNKNOWN,
 * KK_FORMAT, KK_REGION_UNKNOWN, REQUIRED, REGION_UNKNOWN, REGION_NOT_DESA, BIRTHDATE_FUTURE,
 * BIRTHDATE_IMPLAUSIBLE, PREGNANCY_NOT_FEMALE, HPL_NOT_PREGNANT, HPL_OUT_OF_RANGE, RT_FORMAT,
 * NIK_DUPLICATE, TOO_LONG), and the file layer's value codes (DATE_FORMAT, DATE_INVALID, SEX_CODE,
 * NIK_SCIENTIFIC, NIK_NUMBER_ROUNDED, KK_SCIENTIFIC, KK_NUMBER_ROUNDED, RT_FORMAT, RW_FORMAT,
 * REGION_CODE_FORMAT, YES_NO_FORMAT, AMOUNT_FORMAT); file problems carry the file layer's codes.
 */
public final class IntakeCodes {

    private IntakeCodes() {
    }

    // row checks
    public static final String VALUE_INVALID = "VALUE_INVALID";
    public static final String RECORD_ID_DUPLICATE = "RECORD_ID_DUPLICATE";
    public static final String HEAD_DUPLICATE = "HEAD_DUPLICATE";
    public static final String ROW_OUT_OF_SCOPE = "ROW_OUT_OF_SCOPE";
    // mapping
    public static final String MAPPING_REQUIRED_MISSING = "MAPPING_REQUIRED_MISSING";
    public static final String MAPPING_TARGET_TWICE = "MAPPING_TARGET_TWICE";
    public static final String MAPPING_TARGET_UNKNOWN = "MAPPING_TARGET_UNKNOWN";
    // batch state and upload
    public static final String BATCH_NOT_MAPPABLE = "BATCH_NOT_MAPPABLE";
    public static final String BATCH_NOT_VALIDATED = "BATCH_NOT_VALIDATED";
    public static final String BATCH_BUSY = "BATCH_BUSY";
    /** A validated batch without one valid row: nothing to commit (abandon it, or send a corrected file). */
    public static final String BATCH_NOTHING_TO_COMMIT = "BATCH_NOTHING_TO_COMMIT";
    public static final String BATCH_FINAL = "BATCH_FINAL";
    public static final String AGENCY_INVALID = "AGENCY_INVALID";
    public static final String FILE_MISSING = "FILE_MISSING";
}
