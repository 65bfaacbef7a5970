package id.jaring.reporting;

import java.util.Locale;

import id.jaring.platform.NotFoundException;

/** The two tables of the complementarity export. */
public enum ComplementarityTable {
    /** Per kab/kota: families served, served by several programmes, their share. */
    SUMMARY,
    /** Per kab/kota and combination of two or more programmes: families. */
    COMBINATIONS;

    /** By lower-case name ({@code summary}, {@code combinations}). @throws NotFoundException for anything else */
    public static ComplementarityTable of(String name) {
        for (ComplementarityTable t : values()) {
            if (t.name().toLowerCase(Locale.ROOT).equals(name)) {
                return t;
            }
        }
        throw new NotFoundException("table");
    }

    public String fileName() {
        return "complementarity-" + name().toLowerCase(Locale.ROOT);
    }
}
