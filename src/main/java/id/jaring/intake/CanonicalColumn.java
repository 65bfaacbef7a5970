package id.jaring.intake;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The canonical person columns of docs data-formats (names as in the files). */
public enum CanonicalColumn {
    RECORD_ID(false), NIK(false), NO_KK(false), NAMA(true), JENIS_KELAMIN(true), TEMPAT_LAHIR(false),
    TANGGAL_LAHIR(false), HUBUNGAN_KELUARGA(false), NAMA_IBU_KANDUNG(false), ALAMAT(false), RT(false), RW(false),
    KODE_WILAYAH(true), JENJANG_SEKOLAH(false), HAMIL(false), HPL(false), DISABILITAS(false), PEKERJAAN(false),
    PENGHASILAN_BULANAN(false), STATUS_KAWIN(false);

    private final boolean required;

    CanonicalColumn(boolean required) {
        this.required = required;
    }

    /** Must be mapped for a batch to be staged. */
    public boolean required() {
        return required;
    }

    /** The column name as files and the staging table write it: {@code tanggal_lahir}. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** By column name, any case, spaces or dashes for underscores. */
    public static Optional<CanonicalColumn> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(c -> c.name().equals(n)).findFirst();
    }
}
