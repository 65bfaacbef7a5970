package id.jaring.enrollment;

/** Stable codes of enrolment refusals (messages {@code error.<CODE>}, block {@code # --- enrollment ---}). */
public final class EnrolmentCodes {

    /** The family is already proposed for, or enrolled in, the programme. */
    public static final String ENROLMENT_DUPLICATE = "ENROLMENT_DUPLICATE";
    /** The family has moved (PINDAH) or dissolved (BUBAR). */
    public static final String HOUSEHOLD_NOT_ACTIVE = "ENROLMENT_HOUSEHOLD_NOT_ACTIVE";
    /** The family is marked as a duplicate of another. */
    public static final String HOUSEHOLD_DUPLICATE = "ENROLMENT_HOUSEHOLD_DUPLICATE";
    /** Every member of the family is dead (or it has no member). */
    public static final String NO_LIVING_MEMBER = "ENROLMENT_NO_LIVING_MEMBER";
    /** No slot left in the programme's quota for the family's kab/kota. */
    public static final String QUOTA_EXHAUSTED = "QUOTA_EXHAUSTED";
    /** The programme is not AKTIF or today lies outside its period. */
    public static final String PROGRAMME_NOT_ACTIVE = "PROGRAMME_NOT_ACTIVE";
    /** The proposer may not approve or reject their own proposal. */
    public static final String MAKER_CHECKER = "MAKER_CHECKER";
    /** The enrolment was already approved or rejected. */
    public static final String NOT_PENDING = "ENROLMENT_NOT_PENDING";
    /** A rejection needs a reason. */
    public static final String REASON_REQUIRED = "REJECTION_REASON_REQUIRED";
    /** Neither household id nor No. KK given. */
    public static final String HOUSEHOLD_REQUIRED = "ENROLMENT_HOUSEHOLD_REQUIRED";
    public static final String TOO_LONG = "TOO_LONG";

    private EnrolmentCodes() {
    }
}
