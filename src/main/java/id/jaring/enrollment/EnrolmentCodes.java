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
    /** The programme's rule in force does not select the family (its result is FALSE or UNKNOWN). */
    public static final String NOT_ELIGIBLE = "ENROLMENT_NOT_ELIGIBLE";
    /** The family graduated from the programme less than its re-entry wait ago (args: programme, end date, first allowed day). */
    public static final String REENTRY_WAIT = "ENROLMENT_REENTRY_WAIT";
    /** Only the data steward may override the re-entry wait. */
    public static final String REENTRY_OVERRIDE_STEWARD_ONLY = "ENROLMENT_REENTRY_OVERRIDE_STEWARD_ONLY";

    // exits and graduations (EnrolmentExits)
    /** The enrolment is not an active KPM (a proposal, rejected, or ended already). */
    public static final String EXIT_ENROLMENT_NOT_ACTIVE = "EXIT_ENROLMENT_NOT_ACTIVE";
    /** An exit of the enrolment is proposed already and not yet decided. */
    public static final String EXIT_ALREADY_OPEN = "EXIT_ALREADY_OPEN";
    /** ALAMIAH and BATAS_WAKTU are proposed by the daily job only. */
    public static final String EXIT_KIND_AUTOMATIC = "EXIT_KIND_AUTOMATIC";
    /** No kind given. */
    public static final String EXIT_KIND_REQUIRED = "EXIT_KIND_REQUIRED";
    /** A proposal needs a reason. */
    public static final String EXIT_REASON_REQUIRED = "EXIT_REASON_REQUIRED";
    /** Only MANDIRI and MENGUNDURKAN_DIRI may rest on the family's own declaration. */
    public static final String EXIT_DECLARATION_NOT_ALLOWED = "EXIT_DECLARATION_NOT_ALLOWED";
    /** A MANDIRI graduation on assessment is proposed by the family's pendamping (others record the family's declaration). */
    public static final String EXIT_MANDIRI_PENDAMPING_ONLY = "EXIT_MANDIRI_PENDAMPING_ONLY";
    /** Only MANDIRI goes through verification (verivali). */
    public static final String EXIT_NOT_VERIFIABLE = "EXIT_NOT_VERIFIABLE";
    /** A MANDIRI graduation must be verified before the programme owner approves it. */
    public static final String EXIT_NOT_VERIFIED = "EXIT_NOT_VERIFIED";
    /** The exit was decided already (arg: its status), or is not at the step asked for. */
    public static final String EXIT_NOT_PENDING = "EXIT_NOT_PENDING";
    /** The proposer may not verify, approve or reject their own exit proposal. */
    public static final String EXIT_MAKER_CHECKER = "EXIT_MAKER_CHECKER";

    private EnrolmentCodes() {
    }
}
