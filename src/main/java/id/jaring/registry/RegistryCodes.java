package id.jaring.registry;

/**
 * The stable error and warning codes of the registry (the API contract; message key
 * {@code error.<CODE>}). W = warning: shown to the operator, never silently fixed, saved only
 * when confirmed. Everything else blocks saving.
 */
public final class RegistryCodes {

    private RegistryCodes() {
    }

    /** A required field is empty; args: field name. */
    public static final String REQUIRED = "REQUIRED";
    /** A text is longer than allowed; args: maximum length. */
    public static final String TOO_LONG = "TOO_LONG";
    /** A number is negative (income, counts). */
    public static final String VALUE_NEGATIVE = "VALUE_NEGATIVE";
    /** A number is beyond any plausible value; args: maximum. */
    public static final String VALUE_TOO_LARGE = "VALUE_TOO_LARGE";

    public static final String NIK_FORMAT = "NIK_FORMAT";
    public static final String NIK_DATE_INVALID = "NIK_DATE_INVALID";
    /** W: the NIK's date part does not match the recorded birth date. */
    public static final String NIK_BIRTHDATE_MISMATCH = "NIK_BIRTHDATE_MISMATCH";
    /** W: the NIK's date part (day + 40 for women) does not match the recorded sex. */
    public static final String NIK_SEX_MISMATCH = "NIK_SEX_MISMATCH";
    /** W: the NIK's kecamatan prefix is not in the region table (old codes stay in NIKs). */
    public static final String NIK_REGION_UNKNOWN = "NIK_REGION_UNKNOWN";
    /** Another living person has this NIK (also in the same request). */
    public static final String NIK_DUPLICATE = "NIK_DUPLICATE";

    public static final String KK_FORMAT = "KK_FORMAT";
    /** W: the No. KK's kecamatan prefix is not in the region table. */
    public static final String KK_REGION_UNKNOWN = "KK_REGION_UNKNOWN";
    /** Another active family has this No. KK. */
    public static final String KK_DUPLICATE = "KK_DUPLICATE";

    public static final String BIRTHDATE_FUTURE = "BIRTHDATE_FUTURE";
    /** A birth date before 1900. */
    public static final String BIRTHDATE_IMPLAUSIBLE = "BIRTHDATE_IMPLAUSIBLE";
    public static final String DEATHDATE_FUTURE = "DEATHDATE_FUTURE";
    public static final String DEATHDATE_BEFORE_BIRTH = "DEATHDATE_BEFORE_BIRTH";
    /** Pregnancy recorded for a man. */
    public static final String PREGNANCY_NOT_FEMALE = "PREGNANCY_NOT_FEMALE";
    /** An expected delivery date for someone not recorded as pregnant. */
    public static final String HPL_NOT_PREGNANT = "HPL_NOT_PREGNANT";
    /** HPL outside [today - 1 month, today + 10 months]. */
    public static final String HPL_OUT_OF_RANGE = "HPL_OUT_OF_RANGE";

    /** The region code is not in the region table. */
    public static final String REGION_UNKNOWN = "REGION_UNKNOWN";
    /** A family's region must be a desa/kelurahan (level 4). */
    public static final String REGION_NOT_DESA = "REGION_NOT_DESA";
    /** The desa lies outside the caller's scope. */
    public static final String REGION_OUT_OF_SCOPE = "REGION_OUT_OF_SCOPE";
    public static final String RT_FORMAT = "RT_FORMAT";
    public static final String RW_FORMAT = "RW_FORMAT";

    /** A family needs exactly one KEPALA KELUARGA among its current members. */
    public static final String HEAD_COUNT = "HEAD_COUNT";
    /** The person is already a current member of this family. */
    public static final String ALREADY_MEMBER = "ALREADY_MEMBER";
    /** The person is not a current member of this family. */
    public static final String NOT_MEMBER = "NOT_MEMBER";
    /** A deceased person cannot join a family. */
    public static final String PERSON_DECEASED = "PERSON_DECEASED";
    /** Members can join only an AKTIF family. */
    public static final String HOUSEHOLD_NOT_ACTIVE = "HOUSEHOLD_NOT_ACTIVE";
    /** A membership date in the future, or before the membership it follows or ends began. */
    public static final String MEMBERSHIP_DATE_INVALID = "MEMBERSHIP_DATE_INVALID";
    /** Give either a new person or an existing person's id, not both or neither. */
    public static final String MEMBER_CHOICE = "MEMBER_CHOICE";
    /** A conflict is settled with one of its candidates' values only. */
    public static final String CONFLICT_CHOICE = "CONFLICT_CHOICE";

    /** The record changed since it was loaded (optimistic locking). */
    public static final String CONCURRENT_MODIFICATION = "CONCURRENT_MODIFICATION";
    /** Warnings must be confirmed ({@code confirmWarnings}) before saving. */
    public static final String WARNINGS_UNCONFIRMED = "WARNINGS_UNCONFIRMED";

    // --- merging two records of the same person, and undoing it ---
    /** Survivor and duplicate are the same record. */
    public static final String MERGE_SAME_PERSON = "MERGE_SAME_PERSON";
    /** One of the two records is already merged into another one. */
    public static final String MERGE_ALREADY_MERGED = "MERGE_ALREADY_MERGED";
    /** Both records carry a valid NIK and they differ: two people, never merged (linkage rule). */
    public static final String MERGE_TWO_VALID_NIKS = "MERGE_TWO_VALID_NIKS";
    /**
     * The duplicate heads a family that has other members while the survivor lives in another
     * family: appoint a new head of that family first.
     */
    public static final String MERGE_DUPLICATE_HEADS_FAMILY = "MERGE_DUPLICATE_HEADS_FAMILY";
    /** A merged record cannot be changed or join a family; change the record it was merged into. */
    public static final String PERSON_MERGED = "PERSON_MERGED";
    /** The merge was already undone. */
    public static final String UNMERGE_ALREADY_UNDONE = "UNMERGE_ALREADY_UNDONE";
    /** The survivor has itself been merged into another record since: undo that merge first. */
    public static final String UNMERGE_SURVIVOR_MERGED = "UNMERGE_SURVIVOR_MERGED";
    /** Another living person now holds the duplicate's NIK. */
    public static final String UNMERGE_NIK_TAKEN = "UNMERGE_NIK_TAKEN";
    /** The duplicate's old family is no longer active. */
    public static final String UNMERGE_HOUSEHOLD_NOT_ACTIVE = "UNMERGE_HOUSEHOLD_NOT_ACTIVE";
    /** The duplicate headed its old family and that family has another head now. */
    public static final String UNMERGE_HEAD_TAKEN = "UNMERGE_HEAD_TAKEN";
}
