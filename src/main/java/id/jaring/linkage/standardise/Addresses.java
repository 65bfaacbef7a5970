package id.jaring.linkage.standardise;

import java.util.Map;

/**
 * Standard form of an Indonesian street address: clean text with the usual prefixes written one
 * way (KAMPUNG, KMP., KP -> KP; JALAN, JLN. -> JL; PERUMAHAN, PRM. -> PERUM; GANG -> GG; NOMOR -> NO;
 * DUSUN -> DSN; DESA -> DS), and birth places without KAB./KOTA.
 */
public final class Addresses {

    static final Map<String, String> WORDS = Map.ofEntries(Map.entry("KAMPUNG", "KP"), Map.entry("KMP", "KP"),
            Map.entry("KAMP", "KP"), Map.entry("KPG", "KP"), Map.entry("JALAN", "JL"), Map.entry("JLN", "JL"),
            Map.entry("JLAN", "JL"), Map.entry("PERUMAHAN", "PERUM"), Map.entry("PRM", "PERUM"),
            Map.entry("GANG", "GG"), Map.entry("NOMOR", "NO"), Map.entry("NOMER", "NO"), Map.entry("DUSUN", "DSN"),
            Map.entry("DESA", "DS"), Map.entry("KOMPLEK", "KOMP"), Map.entry("KOMPLEKS", "KOMP"),
            Map.entry("BLOCK", "BLOK"), Map.entry("LINGKUNGAN", "LINGK"), Map.entry("LINK", "LINGK"));

    private Addresses() {
    }

    public static String standardise(String raw) {
        String s = Texts.clean(raw);
        if (s == null) {
            return null;
        }
        String[] words = s.split(" ");
        StringBuilder sb = new StringBuilder(s.length());
        for (String w : words) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(WORDS.getOrDefault(w, w));
        }
        return sb.toString();
    }

    /** A place name (birth place) without the KAB./KABUPATEN/KOTA prefix. */
    public static String place(String raw) {
        String s = Texts.clean(raw);
        if (s == null) {
            return null;
        }
        for (String prefix : new String[] {"KABUPATEN ", "KAB ", "KOTA ", "KOTAMADYA ", "KOTA ADM "}) {
            if (s.startsWith(prefix) && s.length() > prefix.length()) {
                return s.substring(prefix.length());
            }
        }
        return s;
    }
}
