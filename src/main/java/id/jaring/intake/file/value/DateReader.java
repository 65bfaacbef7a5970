package id.jaring.intake.file.value;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as agencies write them, for one file: {@code 2019-03-07} (also with / or . and a time
 * after it), {@code 07-03-2019}, {@code 07/03/2019}, {@code 7/3/2019}, {@code 07.03.2019} (day or
 * month first as {@link DateOrder} found for the file), {@code 20190307}, {@code 7 Maret 2019} /
 * {@code 07-Mar-2019}, and Excel serial numbers (from a numeric XLSX cell, or five digits in a
 * CSV, which no other form has) in the workbook's date system. The numeric forms are read with
 * character loops (they are nearly every cell of a big file); only named months use a pattern.
 */
public final class DateReader {

    static final Pattern NUMERIC_DMY = Pattern.compile("([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})(?:[ T].*)?");
    private static final Pattern NAMED_MONTH = Pattern.compile("([0-9]{1,2})[-/. ]+([A-Z]+)[-/., ]+([0-9]{4})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("JAN", 1), Map.entry("FEB", 2), Map.entry("PEB", 2), Map.entry("MAR", 3), Map.entry("APR", 4),
            Map.entry("MEI", 5), Map.entry("MAY", 5), Map.entry("JUN", 6), Map.entry("JUL", 7), Map.entry("AGU", 8),
            Map.entry("AGT", 8), Map.entry("AGS", 8), Map.entry("AUG", 8), Map.entry("SEP", 9), Map.entry("OKT", 10),
            Map.entry("OCT", 10), Map.entry("NOV", 11), Map.entry("NOP", 11), Map.entry("DES", 12), Map.entry("DEC", 12));

    private final DateOrder order;
    private final boolean date1904;

    /**
     * @param order from {@link DateOrder#detect} over the file's values of this column
     * @param date1904 {@code TabularFile.FileFacts#date1904()} of the file
     */
    public DateReader(DateOrder order, boolean date1904) {
        this.order = order;
        this.date1904 = date1904;
    }

    /** Day first, 1900 date system. */
    public static DateReader indonesian() {
        return new DateReader(DateOrder.DAY_FIRST, false);
    }

    /**
     * @param fromNumber whether the cell was numeric in an XLSX ({@code Row#fromNumber}): then it
     *        is a serial date
     */
    public Parsed<LocalDate> read(String raw, boolean fromNumber) {
        if (raw == null || raw.isBlank()) {
            return Parsed.blank();
        }
        String s = raw.strip().toUpperCase(Locale.ROOT);
        int n = s.length();
        if ((fromNumber && isSerial(s)) || (n == 5 && Chars.allDigits(s, 0, 5))) {
            LocalDateTime t = ExcelDates.fromSerial(new BigDecimal(s), date1904);
            return t == null ? Parsed.error(ValueCodes.DATE_INVALID) : Parsed.ok(t.toLocalDate());
        }
        // three runs of digits split by one of - / . and optionally followed by a time: [ T].*
        int a = Chars.skipDigits(s, 0);
        if (a > 0 && a < n && isDateSeparator(s.charAt(a))) {
            int b = Chars.skipDigits(s, a + 1);
            if (b - a - 1 >= 1 && b - a - 1 <= 2 && b < n && isDateSeparator(s.charAt(b))) {
                int c = Chars.skipDigits(s, b + 1);
                int last = c - b - 1;
                if (c == n || s.charAt(c) == ' ' || s.charAt(c) == 'T') {
                    int first = Chars.number(s, 0, Math.min(a, 9));
                    int middle = Chars.number(s, a + 1, b);
                    if (a == 4 && last >= 1 && last <= 2) {
                        return date(first, middle, Chars.number(s, b + 1, c));
                    }
                    if (a <= 2 && last == 4) {
                        int year = Chars.number(s, b + 1, c);
                        return order == DateOrder.DAY_FIRST ? date(year, middle, first) : date(year, first, middle);
                    }
                }
            }
        }
        if (n == 8 && Chars.allDigits(s, 0, 8)) {
            Parsed<LocalDate> yearFirst = date(Chars.number(s, 0, 4), Chars.number(s, 4, 6), Chars.number(s, 6, 8));
            if (!yearFirst.isError()) {
                return yearFirst;
            }
            Parsed<LocalDate> dayFirst = date(Chars.number(s, 4, 8), Chars.number(s, 2, 4), Chars.number(s, 0, 2));
            return dayFirst.isError() ? yearFirst : dayFirst;
        }
        Matcher m;
        if ((m = NAMED_MONTH.matcher(s)).matches() && m.group(2).length() >= 3) {
            Integer month = MONTHS.get(m.group(2).substring(0, 3));
            return month == null ? Parsed.error(ValueCodes.DATE_FORMAT)
                    : date(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
        }
        return Parsed.error(ValueCodes.DATE_FORMAT);
    }

    /** [0-9]{1,7}(\\.[0-9]+)? */
    private static boolean isSerial(String s) {
        int i = Chars.skipDigits(s, 0);
        if (i < 1 || i > 7) {
            return false;
        }
        return i == s.length() || (s.charAt(i) == '.' && Chars.allDigits(s, i + 1, s.length()));
    }

    private static boolean isDateSeparator(char c) {
        return c == '-' || c == '/' || c == '.';
    }

    private static Parsed<LocalDate> date(int y, int month, int day) {
        if (y < 1800 || y > 2200) {
            return Parsed.error(ValueCodes.DATE_INVALID);
        }
        try {
            return Parsed.ok(LocalDate.of(y, month, day));
        } catch (DateTimeException e) {
            return Parsed.error(ValueCodes.DATE_INVALID);
        }
    }
}
