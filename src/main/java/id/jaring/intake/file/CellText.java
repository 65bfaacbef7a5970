package id.jaring.intake.file;

import java.math.BigDecimal;
import java.math.MathContext;

/** How a numeric spreadsheet cell is written as text. */
final class CellText {

    /** Excel shows and keeps 15 significant digits; more in a fraction is binary noise. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private static final int MAX_DIGITS = 400;

    private CellText() {
    }

    /**
     * A cell's raw number ({@code 3.602011205800001E15}, {@code 0.30000000000000004}) as plain text
     * without exponent or grouping: whole numbers exactly as stored ({@code 3602011205800001}, so
     * a 16-digit NIK written by a tool that keeps it exact survives), fractions rounded to Excel's
     * 15 significant digits ({@code 0.3}). Unparseable text is returned as it is.
     */
    static String number(String raw) {
        BigDecimal d;
        try {
            d = new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            return raw;
        }
        if (Math.abs(d.scale()) > MAX_DIGITS || d.precision() > MAX_DIGITS) {
            return raw; // no double has these; writing it out plainly could take gigabytes
        }
        if (d.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = d.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return stripped.toBigIntegerExact().toString();
        }
        return d.round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }
}
