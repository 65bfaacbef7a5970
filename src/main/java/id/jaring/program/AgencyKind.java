package id.jaring.program;

/** What level of government an agency belongs to. */
public enum AgencyKind {
    /** A provincial agency (Organisasi Perangkat Daerah). */
    OPD,
    /** An agency or office of a kab/kota. */
    KAB_KOTA,
    /** A national ministry or agency. */
    PUSAT,
    LAINNYA
}
