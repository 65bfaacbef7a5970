package id.jaring.wilayah;

import java.util.List;
import java.util.Optional;

/** Looks regions up. The table is small and read often: implementations keep it in memory. */
public interface Regions {

    /** By dotted or plain code; blank or unknown gives empty. */
    Optional<Region> find(String code);

    /** The direct children of a region, by code. */
    List<Region> children(String parentCode);

    /** The region and its ancestors, province first. */
    List<Region> path(String code);

    /** The province itself (level 1). */
    Region province();

    /**
     * Turns a plain code ({@code 3601012001}) into the dotted form; dotted codes are returned as
     * they are; anything else gives null.
     */
    static String toDotted(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip();
        // \d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)? is dotted already; \d{2}|\d{4}|\d{6}|\d{10} is plain.
        // Character checks, not String.matches: intake calls this for every row of big files.
        if (isDotted(c)) {
            return c;
        }
        int n = c.length();
        if ((n != 2 && n != 4 && n != 6 && n != 10) || !digits(c, 0, n)) {
            return null;
        }
        StringBuilder dotted = new StringBuilder(c.substring(0, 2));
        if (c.length() >= 4) {
            dotted.append('.').append(c, 2, 4);
        }
        if (c.length() >= 6) {
            dotted.append('.').append(c, 4, 6);
        }
        if (c.length() == 10) {
            dotted.append('.').append(c, 6, 10);
        }
        return dotted.toString();
    }

    private static boolean isDotted(String c) {
        int n = c.length();
        if (n != 2 && n != 5 && n != 8 && n != 13) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            boolean dot = i == 2 || i == 5 || i == 8;
            char ch = c.charAt(i);
            if (dot ? ch != '.' : (ch < '0' || ch > '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean digits(String c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (c.charAt(i) < '0' || c.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
