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
        if (c.matches("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?")) {
            return c;
        }
        if (!c.matches("\\d{2}|\\d{4}|\\d{6}|\\d{10}")) {
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
}
