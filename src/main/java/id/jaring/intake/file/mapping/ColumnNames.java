package id.jaring.intake.file.mapping;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The canonical columns of docs/data-formats.md and how header names are compared. */
public final class ColumnNames {

    public static final List<String> PERSON = List.of("record_id", "nik", "no_kk", "nama", "jenis_kelamin",
            "tempat_lahir", "tanggal_lahir", "hubungan_keluarga", "nama_ibu_kandung", "alamat", "rt", "rw",
            "kode_wilayah", "jenjang_sekolah", "hamil", "hpl", "disabilitas", "pekerjaan", "penghasilan_bulanan",
            "status_kawin");

    public static final List<String> HOUSEHOLD = List.of("no_kk", "kode_wilayah", "alamat", "rt", "rw",
            "status_bangunan", "luas_lantai_m2", "jenis_lantai", "jenis_dinding", "jenis_atap", "sumber_air_minum",
            "sumber_penerangan", "daya_listrik_va", "bahan_bakar_memasak", "fasilitas_bab", "aset_lahan",
            "aset_ternak", "aset_motor", "aset_mobil", "aset_kulkas", "aset_emas", "aset_tabungan");

    /**
     * Not a column of the registry: a "TTL" column holding place and date of birth together, which
     * the pipeline splits with {@code id.jaring.intake.file.value.PlaceAndDate} into tempat_lahir
     * and tanggal_lahir.
     */
    public static final String PLACE_AND_DATE_OF_BIRTH = "tempat_tanggal_lahir";

    /** Every name a column may be mapped to. */
    public static final Set<String> ALL = Stream.concat(Stream.concat(PERSON.stream(), HOUSEHOLD.stream()),
            Stream.of(PLACE_AND_DATE_OF_BIRTH)).collect(Collectors.toUnmodifiableSet());

    private ColumnNames() {
    }

    /**
     * A header name reduced to what tells columns apart: accents gone, lower case, only letters and
     * digits ("No. KK", "NO_KK", "nokk" are all "nokk"; "Tgl Lahir" is "tgllahir").
     */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                key.append(c);
            }
        }
        return key.toString();
    }
}
