package id.jaring.registry;

/** Why a person stopped belonging to a family. */
public enum MembershipEnd {
    /** Moved out (to another family, or away). */
    PINDAH,
    /** Died; the person's date of death is recorded too. */
    MENINGGAL,
    /** The membership was recorded in error. */
    KOREKSI,
    LAINNYA
}
