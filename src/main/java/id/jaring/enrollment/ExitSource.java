package id.jaring.enrollment;

/** Who an exit proposal comes from. */
public enum ExitSource {
    /** A user's proposal (for MANDIRI: the pendamping's assessment). */
    PENGGUNA,
    /** The family's own declaration, recorded by a user (MANDIRI, MENGUNDURKAN_DIRI). */
    PERNYATAAN_KELUARGA,
    /** The daily job (ALAMIAH, BATAS_WAKTU). */
    SISTEM
}
