package id.jaring.linkage.standardise;

/**
 * The structure of a NIK, {@code PPKKCC DDMMYY SSSS}: kecamatan code, birth date with 40 added to
 * the day for women, serial. Its date and sex are evidence alongside the record's own fields.
 */
public final class Nik {

    private Nik() {
    }

    /** Sixteen digits, or null (missing, wrong length, or all the same digit as placeholders are). */
    public static String standardise(String raw) {
        String d = Texts.digits(raw);
        if (d == null || d.length() != 16) {
            return null;
        }
        boolean same = true;
        for (int i = 1; i < 16 && same; i++) {
            same = d.charAt(i) == d.charAt(0);
        }
        return same ? null : d;
    }

    /** Whether a 16-digit NIK has a plausible structure: province 11-94, a day 1-31 or 41-71, a month, a serial. */
    public static boolean valid(CharSequence nik) {
        if (nik == null || nik.length() != 16) {
            return false;
        }
        int province = num(nik, 0, 2);
        int day = num(nik, 6, 8);
        int month = num(nik, 8, 10);
        int serial = num(nik, 12, 16);
        return province >= 11 && province <= 94 && ((day >= 1 && day <= 31) || (day >= 41 && day <= 71))
                && month >= 1 && month <= 12 && serial > 0;
    }

    /** Sex encoded in the NIK: "P" when the day is above 40, "L" otherwise; null when not valid. */
    public static String sex(CharSequence nik) {
        return valid(nik) ? (num(nik, 6, 8) > 40 ? "P" : "L") : null;
    }

    /** The birth date embedded in the NIK as YYYYMMDD, the century from the reference year; 0 when not a date. */
    public static int birthDate(CharSequence nik, int referenceYear) {
        if (!valid(nik)) {
            return 0;
        }
        int day = num(nik, 6, 8);
        day = day > 40 ? day - 40 : day;
        int yy = num(nik, 10, 12);
        int year = 2000 + yy > referenceYear ? 1900 + yy : 2000 + yy;
        return Dates.of(year, num(nik, 8, 10), day);
    }

    /** The kecamatan code of first registration, six digits. */
    public static String kecamatan(CharSequence nik) {
        return nik == null || nik.length() != 16 ? null : nik.subSequence(0, 6).toString();
    }

    private static int num(CharSequence s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /**
     * Whether two NIKs could be one person's NIK written twice, one with a typing slip: equal, one
     * digit different, or two neighbouring digits exchanged.
     */
    public static boolean plausibleTypo(char[] a, char[] b) {
        if (a.length != b.length) {
            return false;
        }
        int first = -1;
        int diffs = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                if (++diffs > 2) {
                    return false;
                }
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (diffs <= 1) {
            // the tens of the day differing by 4 is the sex code (day + 40): another person, not a slip
            return diffs == 0 || !(a.length == 16 && first == 6 && Math.abs(a[6] - b[6]) == 4);
        }
        return first + 1 < a.length && a[first] == b[first + 1] && a[first + 1] == b[first] && a[first + 1] != b[first + 1];
    }
}
