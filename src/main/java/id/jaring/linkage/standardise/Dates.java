package id.jaring.linkage.standardise;

/**
 * Dates as the int YYYYMMDD (0 when missing or not a date). Accepts YYYY-MM-DD, DD-MM-YYYY,
 * DD/MM/YYYY, YYYYMMDD, DDMMYYYY, D-M-YYYY and the same with dots; a day/month order that can
 * only be read one way (month above 12) is read that way.
 */
public final class Dates {

    private Dates() {
    }

    public static int parse(String raw) {
        if (raw == null) {
            return 0;
        }
        String s = raw.trim();
        if (s.isEmpty()) {
            return 0;
        }
        int[] parts = new int[3];
        int[] lengths = new int[3];
        int count = 0;
        int value = 0;
        int length = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '-';
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                length++;
                if (length > 8) {
                    return 0;
                }
            } else if (c == '-' || c == '/' || c == '.' || c == ' ') {
                if (length > 0) {
                    if (count == 3) {
                        return 0;
                    }
                    parts[count] = value;
                    lengths[count++] = length;
                }
                value = 0;
                length = 0;
            } else if (c != 'T') {
                return 0;
            } else {
                break; // ISO timestamp: the date part is enough
            }
        }
        if (count == 1 && lengths[0] == 8) {
            int v = parts[0];
            int asYmd = v / 10000;
            if (asYmd >= 1800 && asYmd <= 2200) {
                return of(asYmd, v / 100 % 100, v % 100);
            }
            return of(v % 10000, v / 10000 % 100, v / 1000000); // DDMMYYYY
        }
        if (count != 3) {
            return 0;
        }
        if (lengths[0] == 4) {
            return of(parts[0], parts[1], parts[2]);
        }
        if (lengths[2] == 4 || lengths[2] == 2) {
            int year = lengths[2] == 2 ? parts[2] + (parts[2] > 30 ? 1900 : 2000) : parts[2];
            if (parts[1] > 12 && parts[0] <= 12) {
                return of(year, parts[0], parts[1]); // MM-DD-YYYY: only one reading is a date
            }
            return of(year, parts[1], parts[0]);
        }
        return 0;
    }

    /** YYYYMMDD, or 0 when the components are not a calendar date. */
    public static int of(int year, int month, int day) {
        if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
            return 0;
        }
        return year * 10000 + month * 100 + day;
    }

    static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    public static int year(int ymd) {
        return ymd / 10000;
    }

    public static int month(int ymd) {
        return ymd / 100 % 100;
    }

    public static int day(int ymd) {
        return ymd % 100;
    }

    /** The date with day and month exchanged when that is a date, else the date itself: blocking on it survives swaps. */
    public static int unordered(int ymd) {
        int d = day(ymd);
        int m = month(ymd);
        return d < m ? year(ymd) * 10000 + d * 100 + m : ymd;
    }

    /** Whether b is a with day and month exchanged (and they differ). */
    public static boolean swapped(int a, int b) {
        return a != b && year(a) == year(b) && day(a) == month(b) && month(a) == day(b);
    }

    public static String format(int ymd) {
        return ymd == 0 ? "" : String.format("%04d-%02d-%02d", year(ymd), month(ymd), day(ymd));
    }
}
