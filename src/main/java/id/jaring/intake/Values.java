package id.jaring.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the accepted forms of docs/data-formats.md into canonical text. Each reader returns null
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

    /** NIK / No. KK as digits: spaces, dots and a leading Excel apostrophe removed. */
    static String identity(String s) {
        StringBuilder b = new StringBuilder(16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\'' && c != '.' && c != '-') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY, YYYYMMDD, or null. */
    static LocalDate date(String s) {
        try {
            if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
                return LocalDate.of(num(s, 0, 4), num(s, 5, 7), num(s, 8, 10));
            }
            if (s.length() == 10 && (s.charAt(2) == '-' || s.charAt(2) == '/') && s.charAt(5) == s.charAt(2)) {
                return LocalDate.of(num(s, 6, 10), num(s, 3, 5), num(s, 0, 2));
            }
            if (s.length() == 8) {
                return LocalDate.of(num(s, 0, 4), num(s, 4, 6), num(s, 6, 8));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static int num(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException();
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static final Map<String, String> SEX = Map.ofEntries(Map.entry("L", "L"), Map.entry("P", "P"),
            Map.entry("LAKI-LAKI", "L"), Map.entry("LAKI LAKI", "L"), Map.entry("LAKI", "L"), Map.entry("PRIA", "L"),
            Map.entry("M", "L"), Map.entry("1", "L"), Map.entry("PEREMPUAN", "P"), Map.entry("WANITA", "P"),
            Map.entry("F", "P"), Map.entry("2", "P"));

    /** L or P, or null. */
    static String sex(String s) {
        return SEX.get(s.toUpperCase(Locale.ROOT));
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

    /** RT/RW zero-padded to three digits, as the registry keeps them; null when not 1-3 digits. */
    static String unit(String s) {
        if (s.length() > 3 || !s.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return "000".substring(s.length()) + s;
    }

    private static final Map<String, String> SCHOOL = Map.of("PAUD", "PAUD", "TK", "PAUD", "SD", "SD", "SMP", "SMP",
            "SMA", "SMA", "SMK", "SMA", "NONE", "TIDAK_SEKOLAH", "TIDAK", "TIDAK_SEKOLAH", "TIDAK SEKOLAH",
            "TIDAK_SEKOLAH", "-", "TIDAK_SEKOLAH");

    static String school(String s) {
        return SCHOOL.get(s.toUpperCase(Locale.ROOT).replace('_', ' '));
    }

    private static final Map<String, String> YES_NO = Map.of("Y", "true", "YA", "true", "1", "true", "TRUE", "true",
            "N", "false", "T", "false", "TIDAK", "false", "0", "false", "FALSE", "false");

    static String yesNo(String s) {
        return YES_NO.get(s.toUpperCase(Locale.ROOT));
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

    /** Rupiah as a whole number: "Rp 1.500.000" and "1500000" read the same; null when not a number. */
    static String rupiah(String s) {
        String digits = s.toUpperCase(Locale.ROOT).replace("RP", "").replace(".", "").replace(",", "").strip();
        if (digits.isEmpty() || digits.length() > 15 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.toString(Long.parseLong(digits));
    }
}
