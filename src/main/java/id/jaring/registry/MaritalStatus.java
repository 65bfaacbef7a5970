package id.jaring.registry;

/** Status perkawinan. */
public enum MaritalStatus {
    BELUM_KAWIN, KAWIN, CERAI_HIDUP, CERAI_MATI
}
