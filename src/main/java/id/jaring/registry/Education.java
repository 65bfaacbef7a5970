package id.jaring.registry;

/** Pendidikan terakhir: the highest level completed. */
public enum Education {
    TIDAK_BELUM_SEKOLAH, BELUM_TAMAT_SD, SD, SMP, SMA, DIPLOMA, S1, S2, S3
}
