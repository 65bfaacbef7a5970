package id.jaring.intake.file.value;

/** The codes value readers give; {@code NIK_FORMAT}, {@code KK_FORMAT}, {@code RT_FORMAT}, {@code RW_FORMAT} are the registry's own. */
public final class ValueCodes {

    /** Not a date in any accepted form (error). */
    public static final String DATE_FORMAT = "DATE_FORMAT";
    /** Shaped like a date, but no such day (31-02-2000, month 13) (error). */
    public static final String DATE_INVALID = "DATE_INVALID";
    /** Not a known sex code (error). */
    public static final String SEX_CODE = "SEX_CODE";
    /** Not 16 digits once spaces, apostrophes and ".0" are gone (error); the registry's code. */
    public static final String NIK_FORMAT = "NIK_FORMAT";
    /** Exponent notation (3.60201E+15): the digits are gone (error). */
    public static final String NIK_SCIENTIFIC = "NIK_SCIENTIFIC";
    /** Kept from a numeric cell ending in 0: Excel keeps 15 significant digits, the last may be wrong (warning). */
    public static final String NIK_NUMBER_ROUNDED = "NIK_NUMBER_ROUNDED";
    public static final String KK_FORMAT = "KK_FORMAT";
    public static final String KK_SCIENTIFIC = "KK_SCIENTIFIC";
    public static final String KK_NUMBER_ROUNDED = "KK_NUMBER_ROUNDED";
    /** RT/RW not 1 to 3 digits; the registry's codes. */
    public static final String RT_FORMAT = "RT_FORMAT";
    public static final String RW_FORMAT = "RW_FORMAT";
    /** Not a region code, plain (3601012001) or dotted (36.01.01.2001) (error). */
    public static final String REGION_CODE_FORMAT = "REGION_CODE_FORMAT";
    /** Not a yes/no answer (error). */
    public static final String YES_NO_FORMAT = "YES_NO_FORMAT";
    /** Not a rupiah amount (error). */
    public static final String AMOUNT_FORMAT = "AMOUNT_FORMAT";

    private ValueCodes() {
    }
}
