package id.jaring.intake;

import java.util.Locale;
import java.util.Map;

/**
 * Reads the coded columns the file layer has no reader for (relationship, school, disability,
 * marital status) into the registry's codes. Each reader returns null
 * when the text cannot be read (the caller records the issue with the raw text).
 */
final class Values {

    private Values() {
    }

    static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static final java.util.Set<String> RELATIONSHIPS = java.util.Set.of("KEPALA KELUARGA", "ISTRI", "SUAMI",
            "ANAK", "MENANTU", "CUCU", "ORANG TUA", "MERTUA", "FAMILI LAIN", "LAINNYA");

    static String relationship(String s) {
        if (RELATIONSHIPS.contains(s)) {
            return s;
        }
        String r = s.toUpperCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
        return RELATIONSHIPS.contains(r) ? r : null;
    }

    private static final Map<String, String> SCHOOL = Map.of("PAUD", "PAUD", "TK", "PAUD", "SD", "SD", "SMP", "SMP",
            "SMA", "SMA", "SMK", "SMA", "NONE", "TIDAK_SEKOLAH", "TIDAK", "TIDAK_SEKOLAH", "TIDAK SEKOLAH",
            "TIDAK_SEKOLAH", "-", "TIDAK_SEKOLAH");

    static String school(String s) {
        return SCHOOL.get(s.toUpperCase(Locale.ROOT).replace('_', ' '));
    }

    private static final Map<String, String> DISABILITY = Map.of("NONE", "TIDAK_ADA", "TIDAK", "TIDAK_ADA",
            "TIDAK ADA", "TIDAK_ADA", "-", "TIDAK_ADA", "RINGAN", "RINGAN", "SEDANG", "SEDANG", "BERAT", "BERAT");

    static String disability(String s) {
        return DISABILITY.get(s.toUpperCase(Locale.ROOT).replace('_', ' '));
    }

    private static final Map<String, String> MARITAL = Map.of("BELUM KAWIN", "BELUM_KAWIN", "KAWIN", "KAWIN",
            "CERAI HIDUP", "CERAI_HIDUP", "CERAI MATI", "CERAI_MATI");

    static String marital(String s) {
        String direct = MARITAL.get(s);
        if (direct != null) {
            return direct;
        }
        return MARITAL.get(s.toUpperCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " "));
    }

}
