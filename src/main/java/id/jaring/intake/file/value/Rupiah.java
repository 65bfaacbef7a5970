package id.jaring.intake.file.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rupiah amounts in whole rupiah: "1500000", "1.500.000", "1,500,000", "Rp 1.500.000,00",
 * "1500000.0" (a number cell), "1,5 jt", "750 rb". A separator followed by exactly three digits
 * groups thousands; followed by one or two digits it is a decimal point (sen, rounded away).
 * Anything else, negatives included, is {@code AMOUNT_FORMAT}. Numbers are recognised with
 * character loops (an income column is read for every row); only "jt"/"rb" use a pattern.
 */
public final class Rupiah {

    private static final Pattern SCALED = Pattern.compile("([0-9]+(?:[.,][0-9]+)?)(JT|JUTA|RB|RIBU)");

    private Rupiah() {
    }

    public static Parsed<Long> read(String raw) {
        if (raw == null || raw.isBlank()) {
            return Parsed.blank();
        }
        if (raw.length() <= 18 && Chars.allDigits(raw, 0, raw.length())) {
            long plain = Long.parseLong(raw); // the common case: digits only
            return plain > Long.MAX_VALUE / 100 ? Parsed.error(ValueCodes.AMOUNT_FORMAT) : Parsed.ok(plain);
        }
        String s = withoutSpaces(raw.toUpperCase(Locale.ROOT));
        if (s.startsWith("RP")) {
            s = s.substring(2);
            if (s.startsWith(".")) {
                s = s.substring(1);
            }
        }
        if (s.endsWith(",-") || s.endsWith(".-")) {
            s = s.substring(0, s.length() - 2);
        }
        BigDecimal amount = amount(s);
        if (amount == null || amount.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 100)) > 0) {
            return Parsed.error(ValueCodes.AMOUNT_FORMAT);
        }
        return Parsed.ok(amount.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    private static BigDecimal amount(String s) {
        if (s.length() > 30) {
            return null;
        }
        if (grouped(s, '.', ',')) {
            return new BigDecimal(s.replace(".", "").replace(',', '.'));
        }
        if (grouped(s, ',', '.')) {
            return new BigDecimal(s.replace(",", ""));
        }
        if (plain(s)) {
            return new BigDecimal(s.replace(',', '.'));
        }
        Matcher m = SCALED.matcher(s);
        if (m.matches()) {
            BigDecimal n = new BigDecimal(m.group(1).replace(',', '.'));
            return n.multiply(BigDecimal.valueOf(m.group(2).startsWith("J") ? 1_000_000 : 1_000));
        }
        return null;
    }

    /** [0-9]{1,3}(G[0-9]{3})+(D[0-9]{1,2})? with G the group and D the decimal separator. */
    private static boolean grouped(String s, char group, char decimal) {
        int n = s.length();
        int i = Chars.skipDigits(s, 0);
        if (i < 1 || i > 3) {
            return false;
        }
        int groups = 0;
        while (i < n && s.charAt(i) == group) {
            int end = Chars.skipDigits(s, i + 1);
            if (end - i - 1 != 3) {
                return false;
            }
            groups++;
            i = end;
        }
        return groups > 0 && decimals(s, i, decimal, decimal);
    }

    /** [0-9]+([.,][0-9]{1,2})? */
    private static boolean plain(String s) {
        int i = Chars.skipDigits(s, 0);
        return i > 0 && decimals(s, i, '.', ',');
    }

    /** Whether s from i is nothing, or one of the two separators and one or two digits up to the end. */
    private static boolean decimals(String s, int i, char one, char other) {
        if (i == s.length()) {
            return true;
        }
        char c = s.charAt(i);
        int digits = s.length() - i - 1;
        return (c == one || c == other) && digits >= 1 && digits <= 2 && Chars.allDigits(s, i + 1, s.length());
    }

    /** Without \\s (the spaces of "Rp 1.500.000" or "1,5 jt"). */
    private static String withoutSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!Chars.isRegexSpace(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }
}
