package id.jaring.intake.file.value;

import id.jaring.wilayah.Regions;

/**
 * NIK, No. KK, RT/RW and region codes as agencies write them, made plain: spaces, Excel's leading
 * apostrophe and a ".0" from a number cell go; exponent notation and digits Excel lost are told.
 * Plain character loops, no regular expressions: these run for several cells of every row of
 * files with millions of rows.
 */
public final class Identifiers {

    private Identifiers() {
    }

    /**
     * A NIK: 16 digits. From a numeric XLSX cell ({@code fromNumber}): ending in 0000 (no person's
     * sequence number is 0000) means Excel dropped digits: {@code NIK_SCIENTIFIC}; ending in 0
     * means the 16th digit may be Excel's rounding: kept with {@code NIK_NUMBER_ROUNDED}.
     */
    public static Parsed<String> nik(String raw, boolean fromNumber) {
        return sixteenDigits(raw, fromNumber, ValueCodes.NIK_FORMAT, ValueCodes.NIK_SCIENTIFIC,
                ValueCodes.NIK_NUMBER_ROUNDED);
    }

    /** A No. KK: 16 digits, with the same rules as {@link #nik}. */
    public static Parsed<String> kk(String raw, boolean fromNumber) {
        return sixteenDigits(raw, fromNumber, ValueCodes.KK_FORMAT, ValueCodes.KK_SCIENTIFIC,
                ValueCodes.KK_NUMBER_ROUNDED);
    }

    private static Parsed<String> sixteenDigits(String raw, boolean fromNumber, String format, String scientific,
            String rounded) {
        String s = plain(raw);
        if (s.isEmpty()) {
            return Parsed.blank();
        }
        if (isExponent(s)) {
            return Parsed.error(scientific);
        }
        s = withoutZeroFraction(s);
        if (s.length() != 16 || !Chars.allDigits(s, 0, s.length())) {
            return Parsed.error(format);
        }
        if (fromNumber && s.endsWith("0000")) {
            return Parsed.error(scientific);
        }
        if (fromNumber && s.endsWith("0")) {
            return Parsed.warning(s, rounded);
        }
        return Parsed.ok(s);
    }

    /** RT as the registry keeps it: 1 to 3 digits, zero-padded to three ("3", "03", "RT 3" give "003"). */
    public static Parsed<String> rt(String raw) {
        return unit(raw, ValueCodes.RT_FORMAT);
    }

    /** RW, as {@link #rt}. */
    public static Parsed<String> rw(String raw) {
        return unit(raw, ValueCodes.RW_FORMAT);
    }

    private static Parsed<String> unit(String raw, String code) {
        String s = withoutZeroFraction(plain(raw));
        if (s.isEmpty()) {
            return Parsed.blank();
        }
        // (RT|RW|NO)?[.:]?[0-9]{1,4}, case-insensitive
        int i = 0;
        if (s.length() > 2 && (s.regionMatches(true, 0, "RT", 0, 2) || s.regionMatches(true, 0, "RW", 0, 2)
                || s.regionMatches(true, 0, "NO", 0, 2))) {
            i = 2;
        }
        if (i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ':')) {
            i++;
        }
        int digits = s.length() - i;
        if (digits < 1 || digits > 4 || !Chars.allDigits(s, i, s.length())) {
            return Parsed.error(code);
        }
        int n = Chars.number(s, i, s.length());
        return n > 999 ? Parsed.error(code) : Parsed.ok(n >= 100 ? Integer.toString(n) : n >= 10 ? "0" + n : "00" + n);
    }

    /** [0-9]+([.,][0-9]+)?[eE][+]?[0-9]+ */
    private static boolean isExponent(String s) {
        int n = s.length();
        int i = Chars.skipDigits(s, 0);
        if (i == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
            int start = ++i;
            i = Chars.skipDigits(s, i);
            if (i == start) {
                return false;
            }
        }
        if (i >= n || (s.charAt(i) != 'e' && s.charAt(i) != 'E')) {
            return false;
        }
        i++;
        if (i < n && s.charAt(i) == '+') {
            i++;
        }
        int start = i;
        i = Chars.skipDigits(s, i);
        return i > start && i == n;
    }

    /** A region code, plain or dotted, in the dotted form the registry stores. */
    public static Parsed<String> regionCode(String raw) {
        String s = withoutZeroFraction(plain(raw));
        if (s.isEmpty()) {
            return Parsed.blank();
        }
        String dotted = Regions.toDotted(s);
        return dotted == null ? Parsed.error(ValueCodes.REGION_CODE_FORMAT) : Parsed.ok(dotted);
    }

    /** Without any whitespace, Excel's text apostrophe or backtick, or surrounding quotes. */
    static String plain(String raw) {
        if (raw == null) {
            return "";
        }
        int first = 0;
        while (first < raw.length() && !dropped(raw.charAt(first))) {
            first++;
        }
        if (first == raw.length()) {
            return raw;
        }
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!dropped(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean dropped(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\'' || c == '`' || c == '"'
                || c == '\u2018' || c == '\u2019';
    }

    /** "3602011205800001.0" (a number cell exported as text) is "3602011205800001". */
    static String withoutZeroFraction(String s) {
        int dot = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
        if (dot > 0 && dot < s.length() - 1 && Chars.all(s, dot + 1, s.length(), '0')
                && Chars.allDigits(s, 0, dot)) {
            return s.substring(0, dot);
        }
        return s;
    }
}
