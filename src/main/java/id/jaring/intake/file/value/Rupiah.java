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
 * Anything else, negatives included, is {@code AMOUNT_FORMAT}.
 */
public final class Rupiah {

    private static final Pattern GROUPED_DOTS = Pattern.compile("[0-9]{1,3}(\\.[0-9]{3})+(,[0-9]{1,2})?");
    private static final Pattern GROUPED_COMMAS = Pattern.compile("[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]{1,2})?");
    private static final Pattern PLAIN = Pattern.compile("[0-9]+([.,][0-9]{1,2})?");
    private static final Pattern SCALED = Pattern.compile("([0-9]+(?:[.,][0-9]+)?)(JT|JUTA|RB|RIBU)");

    private Rupiah() {
    }

    public static Parsed<Long> read(String raw) {
        if (raw == null || raw.isBlank()) {
            return Parsed.blank();
        }
        String s = raw.toUpperCase(Locale.ROOT).replaceAll("\\s", "");
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
        if (GROUPED_DOTS.matcher(s).matches()) {
            return new BigDecimal(s.replace(".", "").replace(',', '.'));
        }
        if (GROUPED_COMMAS.matcher(s).matches()) {
            return new BigDecimal(s.replace(",", ""));
        }
        if (PLAIN.matcher(s).matches()) {
            return new BigDecimal(s.replace(',', '.'));
        }
        Matcher m = SCALED.matcher(s);
        if (m.matches()) {
            BigDecimal n = new BigDecimal(m.group(1).replace(',', '.'));
            return n.multiply(BigDecimal.valueOf(m.group(2).startsWith("J") ? 1_000_000 : 1_000));
        }
        return null;
    }
}
