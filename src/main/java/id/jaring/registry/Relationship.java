package id.jaring.registry;

/**
 * Hubungan keluarga: the relationship to the head of the family, as on the KK. Stored in the
 * database with spaces ({@link #label()}), as the exchange formats write it.
 */
public enum Relationship {
    KEPALA_KELUARGA, ISTRI, SUAMI, ANAK, MENANTU, CUCU, ORANG_TUA, MERTUA, FAMILI_LAIN, LAINNYA;

    /** The form written on the KK and in the database: {@code KEPALA KELUARGA}. */
    public String label() {
        return name().replace('_', ' ');
    }

    /** Accepts the label ({@code KEPALA KELUARGA}) or the enum name. */
    public static Relationship fromLabel(String label) {
        return valueOf(label.strip().replace(' ', '_'));
    }
}
