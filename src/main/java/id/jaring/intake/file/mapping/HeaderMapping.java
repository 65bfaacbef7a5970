package id.jaring.intake.file.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Proposes, for each column of an agency's header, the canonical column it holds: the agency's
 * saved choice first, then the canonical name itself, a known synonym, or a close name (fuzzy,
 * Jaro-Winkler over {@link ColumnNames#key normalised} names); anything else is kept as a source
 * attribute. The operator confirms or corrects; the pipeline saves the result per agency and
 * passes it back here next time.
 */
public final class HeaderMapping {

    /** In a saved mapping: keep this column as a source attribute. */
    public static final String KEEP = "";

    static final double SYNONYM_CONFIDENCE = 0.95;
    /** Below this similarity a guess is noise ("rt" and "rw" are 0.7 apart in Jaro-Winkler). */
    static final double FUZZY_THRESHOLD = 0.9;
    static final int FUZZY_MIN_LENGTH = 4;

    private HeaderMapping() {
    }

    /**
     * @param header the header as read ({@code TabularFile#header()})
     * @param savedAgencyMapping the agency's saved choices: source header name (as written, or
     *        anything with the same {@link ColumnNames#key}) to a canonical column, or {@link #KEEP};
     *        names no longer canonical are ignored. Null for none.
     * @return one proposal per column, in column order
     */
    public static List<ColumnProposal> propose(List<String> header, Map<String, String> savedAgencyMapping) {
        Map<String, String> saved = savedByKey(savedAgencyMapping);
        List<ColumnProposal> proposals = new ArrayList<>(header.size());
        Map<String, Integer> taken = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String source = header.get(i);
            ColumnProposal p = proposeOne(i, source, savedAgencyMapping, saved);
            proposals.add(p);
            if (p.canonical() != null) {
                taken.merge(p.canonical(), 1, Integer::sum);
            }
        }
        proposals.replaceAll(p -> p.canonical() != null && taken.get(p.canonical()) > 1 ? p.asDuplicate() : p);
        return List.copyOf(proposals);
    }

    private static ColumnProposal proposeOne(int index, String source, Map<String, String> savedExact,
            Map<String, String> savedByKey) {
        String key = ColumnNames.key(source);
        String saved = savedExact != null && savedExact.containsKey(source) ? savedExact.get(source) : savedByKey.get(key);
        if (saved != null && (saved.isBlank() || ColumnNames.ALL.contains(saved))) {
            return saved.isBlank() ? new ColumnProposal(index, source, null, 1, ColumnProposal.Basis.SAVED, false)
                    : new ColumnProposal(index, source, saved, 1, ColumnProposal.Basis.SAVED, false);
        }
        for (String canonical : ColumnNames.ALL) {
            if (ColumnNames.key(canonical).equals(key)) {
                return new ColumnProposal(index, source, canonical, 1, ColumnProposal.Basis.CANONICAL, false);
            }
        }
        String synonym = Synonyms.BY_KEY.get(key);
        if (synonym != null) {
            return new ColumnProposal(index, source, synonym, SYNONYM_CONFIDENCE, ColumnProposal.Basis.SYNONYM, false);
        }
        return fuzzy(index, source, key);
    }

    private static ColumnProposal fuzzy(int index, String source, String key) {
        String best = null;
        double bestScore = 0;
        if (key.length() >= FUZZY_MIN_LENGTH) {
            for (String canonical : ColumnNames.ALL) {
                double s = similarity(key, ColumnNames.key(canonical));
                if (s > bestScore) {
                    best = canonical;
                    bestScore = s;
                }
            }
            for (Map.Entry<String, String> synonym : Synonyms.BY_KEY.entrySet()) {
                if (synonym.getKey().length() < FUZZY_MIN_LENGTH) {
                    continue;
                }
                double s = similarity(key, synonym.getKey());
                if (s > bestScore) {
                    best = synonym.getValue();
                    bestScore = s;
                }
            }
        }
        if (best == null || bestScore < FUZZY_THRESHOLD) {
            return new ColumnProposal(index, source, null, 0, ColumnProposal.Basis.NONE, false);
        }
        // a fuzzy guess always ranks below a synonym: 0.81 to 0.9
        return new ColumnProposal(index, source, best, Math.round(bestScore * 0.9 * 100) / 100.0,
                ColumnProposal.Basis.FUZZY, false);
    }

    /**
     * Jaro-Winkler, except that a name extending a known one is something else: NAMA_KK (the head's
     * name) is not NAMA, NIK_IBU is not NIK, however alike they look.
     */
    private static double similarity(String key, String known) {
        if (key.startsWith(known) || known.startsWith(key)) {
            return 0;
        }
        return JaroWinkler.similarity(key, known);
    }

    private static Map<String, String> savedByKey(Map<String, String> saved) {
        Map<String, String> byKey = new HashMap<>();
        if (saved != null) {
            saved.forEach((source, canonical) -> {
                if (canonical != null) {
                    byKey.put(ColumnNames.key(source), canonical);
                }
            });
        }
        return byKey;
    }
}
