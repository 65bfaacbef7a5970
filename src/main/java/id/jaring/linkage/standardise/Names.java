package id.jaring.linkage.standardise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Standard form of an Indonesian person name: upper case, no punctuation, one space between
 * words; titles before the name (H., HJ., DRS., IR., ...) and academic degrees after it (S.PD,
 * S.E., ...) removed; the MUHAMMAD family of spellings (MUHAMAD, MOCH., MOH., M., ...), ST. (SITI)
 * and ABD. (ABDUL) written out; pre-1972 spelling modernised (DJ, TJ, OE, SJ, CH); a BIN/BINTI
 * patronymic dropped, since agencies write it inconsistently.
 */
public final class Names {

    /** Titles written before a name (compared without their dots). */
    static final Set<String> TITLES = Set.of("H", "HJ", "HJH", "HAJI", "HAJAH", "HAJJAH", "DR", "DRS", "DRA", "IR",
            "PROF", "KH", "KYAI", "USTADZ", "USTAD", "UST", "USTADZAH", "NY", "NYONYA", "TN", "TUAN", "SDR", "SDRI",
            "BPK", "BAPAK", "IBU", "ALM", "ALMH", "ALMARHUM", "ALMARHUMAH", "RD");
    /** Degrees written after a name (compared without their dots). */
    static final Set<String> DEGREES = Set.of("SPD", "SPDI", "SPDSD", "SE", "SH", "SHI", "ST", "SAG", "SKOM", "SSOS",
            "SIP", "SKM", "SKEP", "SFARM", "SPSI", "SSI", "SSTP", "SSTR", "SKED", "SPOG", "SPA", "SSY", "SAB", "SHUM",
            "SKH", "SP", "SS", "SGZ", "SIKOM", "STP", "MPD", "MPDI", "MM", "MSI", "MAG", "MH", "MKES", "MT", "MKOM",
            "ME", "MA", "MSC", "MBA", "PHD", "AMD", "AMDKEB", "AMKEB", "AMKEP", "AMPD", "AMK", "APT", "BA", "BSC",
            "DRG", "LC", "MAP", "MSIS");
    /** Degrees that are never a name on their own, so they go even without dots. */
    static final Set<String> UNAMBIGUOUS_DEGREES = Set.of("SPD", "SPDI", "SPDSD", "SAG", "SKOM", "SSOS", "SKM", "SKEP",
            "SFARM", "SPSI", "SSTP", "MPD", "MPDI", "MKES", "MKOM", "AMD", "AMDKEB", "AMKEB", "AMKEP", "AMPD", "SHI");
    /** Spellings of Muhammad anywhere in a name. */
    static final Set<String> MUHAMMAD = Set.of("MUHAMMAD", "MUHAMAD", "MUHAMMED", "MUHAMED", "MOHAMMAD", "MOHAMAD",
            "MOHAMMED", "MOHAMED", "MUCHAMMAD", "MUCHAMAD", "MOCHAMMAD", "MOCHAMAD", "MOCHAMED", "MUKHAMMAD", "MUKHAMAD",
            "MOKHAMMAD", "MOKHAMAD", "MUHAMMMAD", "MOCH", "MOH", "MUH", "MHD", "MUHD", "MOHD", "MUHAMMADIN");
    static final Set<String> PATRONYM = Set.of("BIN", "BINTI", "BT", "BINT");

    private Names() {
    }

    /** The standard form, or null when the value holds no name. */
    public static String standardise(String raw) {
        if (raw == null) {
            return null;
        }
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) > 127) {
                return standardiseAnyText(raw);
            }
        }
        return finish(AsciiWords.split(raw));
    }

    /**
     * The same as {@link #standardise} for text with accents or other non-ASCII letters (rare in
     * agency files), by whole-string clean-ups; the ASCII path splits words in one pass instead.
     */
    static String standardiseAnyText(String raw) {
        String s = raw;
        int comma = s.indexOf(',');
        if (comma > 0 && Texts.clean(s.substring(0, comma)) != null) {
            s = s.substring(0, comma); // what follows a comma in a name is degrees
        }
        List<String> words = new ArrayList<>();
        List<Boolean> dotted = new ArrayList<>();
        for (String rawWord : s.trim().split("[\\s]+")) {
            String w = Texts.clean(rawWord.replace(".", ""));
            if (w == null) {
                continue;
            }
            // "SITI-AMINAH" or "SITI.AMINAH": punctuation inside a word separates words
            String[] parts = Texts.clean(rawWord.replace(".", ". ")).split(" ");
            if (parts.length > 1 && !DEGREES.contains(w) && !TITLES.contains(w)) {
                for (String p : parts) {
                    words.add(p);
                    dotted.add(false);
                }
            } else {
                words.add(w);
                dotted.add(rawWord.indexOf('.') >= 0);
            }
        }
        return finish(new Words(words, dotted));
    }

    /** The words of a name, each with whether it was written with a dot (H., S.PD). */
    record Words(List<String> words, List<Boolean> dotted) {
    }

    /** Titles, degrees and BIN/BINTI removed, each word's variants written one way. */
    private static String finish(Words split) {
        List<String> words = split.words();
        List<Boolean> dotted = split.dotted();
        while (words.size() > 1 && TITLES.contains(words.get(0))) {
            words.remove(0);
            dotted.remove(0);
        }
        while (words.size() > 1) {
            int last = words.size() - 1;
            String w = words.get(last);
            if (DEGREES.contains(w) && (dotted.get(last) || UNAMBIGUOUS_DEGREES.contains(w))) {
                words.remove(last);
                dotted.remove(last);
            } else {
                break;
            }
        }
        for (int i = 1; i < words.size(); i++) {
            if (PATRONYM.contains(words.get(i))) {
                words.subList(i, words.size()).clear();
                break;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String original = words.get(i);
            String w = modernSpelling(original);
            if (MUHAMMAD.contains(original) || MUHAMMAD.contains(w) || (i == 0 && words.size() > 1 && w.equals("M"))) {
                w = "MUHAMMAD";
            } else if (i == 0 && words.size() > 1 && w.equals("ST")) {
                w = "SITI";
            } else if (w.equals("ABD") || w.equals("ABDOEL") || w.equals("ABDUL")) {
                w = "ABDUL";
            }
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(w);
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    /** Pre-1972 spelling to the current one: DJ -> J, TJ -> C, OE -> U, SJ -> SY, CH -> KH, NJ -> NY. */
    public static String modernSpelling(String w) {
        if (w.indexOf('J') < 0 && w.indexOf("OE") < 0 && w.indexOf("CH") < 0) {
            return w;
        }
        return w.replace("DJ", "J").replace("TJ", "C").replace("OE", "U").replace("SJ", "SY").replace("CH", "KH")
                .replace("NJ", "NY");
    }
}
