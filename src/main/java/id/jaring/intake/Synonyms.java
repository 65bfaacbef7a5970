package id.jaring.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Guesses canonical columns for non-canonical headers (NAMA_LENGKAP, NO_NIK, TGL_LAHIR, JK,
 * KD_DESA ...). Placeholder until the file layer's HeaderMapping is merged; then this delegates.
 */
final class Synonyms {

    private Synonyms() {
    }

    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("NO_NIK", "nik"), Map.entry("NOMOR_NIK", "nik"), Map.entry("NIK_KTP", "nik"),
            Map.entry("NO_KK", "no_kk"), Map.entry("NOMOR_KK", "no_kk"), Map.entry("NOKK", "no_kk"),
            Map.entry("KK", "no_kk"), Map.entry("NAMA_LENGKAP", "nama"), Map.entry("NAMA_ANGGOTA", "nama"),
            Map.entry("JK", "jenis_kelamin"), Map.entry("SEX", "jenis_kelamin"), Map.entry("KELAMIN", "jenis_kelamin"),
            Map.entry("TGL_LAHIR", "tanggal_lahir"), Map.entry("TANGGAL_LHR", "tanggal_lahir"),
            Map.entry("TMP_LAHIR", "tempat_lahir"), Map.entry("TEMPAT_LHR", "tempat_lahir"),
            Map.entry("KD_DESA", "kode_wilayah"), Map.entry("KODE_DESA", "kode_wilayah"),
            Map.entry("KD_WILAYAH", "kode_wilayah"), Map.entry("SHDK", "hubungan_keluarga"),
            Map.entry("HUBUNGAN", "hubungan_keluarga"), Map.entry("IBU_KANDUNG", "nama_ibu_kandung"),
            Map.entry("NAMA_IBU", "nama_ibu_kandung"), Map.entry("ALAMAT_LENGKAP", "alamat"),
            Map.entry("ID", "record_id"), Map.entry("NO_URUT", "record_id"));

    static Map<String, String> propose(List<String> header) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String h : header) {
            String key = h.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
            String target = KNOWN.get(key);
            if (target != null) {
                out.put(h, target);
            }
        }
        return out;
    }
}
