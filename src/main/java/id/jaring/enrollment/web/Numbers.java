package id.jaring.enrollment.web;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as typed in forms, the Indonesian way too: a decimal comma ({@code 75,5}) and dots that
 * group thousands ({@code 1.500.000}); a plain decimal point ({@code 75.5}) is read as such.
 */
final class Numbers {

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");

    private Numbers() {
    }

    /** @return null when the text is not a number */
    static BigDecimal parse(String text) {
        String t = text.strip();
        if (GROUPED.matcher(t).matches()) {
            t = t.replace(".", "");
        }
        try {
            return new BigDecimal(t.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
