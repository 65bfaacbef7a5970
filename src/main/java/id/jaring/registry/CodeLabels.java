package id.jaring.registry;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the code lists of the registry (welfare variables, education, enrolment, disability,
 * marital status) from the labels agencies and instruments write: {@code "KAYU/PAPAN"},
 * {@code "Listrik PLN dengan meteran"}, {@code "gas elpiji 3 kg"}, {@code "none"}. Labels are
 * compared in a normalised form (upper case, any run of other characters as one underscore); a
 * label that starts with a code's name also reads as that code
 * ({@code "AIR KEMASAN BERMEREK"} is {@code AIR_KEMASAN}).
 */
public final class CodeLabels {

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("NONE", "TIDAK_ADA"),
            Map.entry("TIDAK", "TIDAK_ADA"),
            Map.entry("JERAMI_IJUK_DAUN", "JERAMI_IJUK_RUMBIA"),
            Map.entry("AIR_SUNGAI_DANAU", "AIR_PERMUKAAN"),
            Map.entry("AIR_ISI_ULANG", "AIR_KEMASAN"),
            Map.entry("LISTRIK_NON_PLN", "NON_PLN"),
            Map.entry("LISTRIK_PLN_TANPA_METERAN", "PLN_TANPA_METERAN"),
            Map.entry("LISTRIK_PLN_DENGAN_METERAN", "PLN_METERAN"),
            Map.entry("GAS_ELPIJI_3_KG", "GAS_ELPIJI_3KG"),
            Map.entry("GAS_ELPIJI_5_5_12_KG", "GAS_ELPIJI_BESAR"));

    /** Enrolment has no TIDAK_ADA: "none" means not in school. */
    private static final Map<String, String> ENROLMENT_SYNONYMS = Map.of(
            "NONE", "TIDAK_SEKOLAH", "TIDAK", "TIDAK_SEKOLAH", "TIDAK_ADA", "TIDAK_SEKOLAH");

    private CodeLabels() {
    }

    /** The code a label names, or empty for a blank or unknown label. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> codeList, String label) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        String key = normalise(label);
        String synonym = (codeList == SchoolEnrolment.class ? ENROLMENT_SYNONYMS : SYNONYMS).get(key);
        if (synonym != null) {
            key = synonym;
        }
        E best = null;
        for (E code : codeList.getEnumConstants()) {
            String name = code.name();
            if (name.equals(key)) {
                return Optional.of(code);
            }
            if (key.startsWith(name + "_") && (best == null || name.length() > best.name().length())) {
                best = code;
            }
        }
        return Optional.ofNullable(best);
    }

    static String normalise(String label) {
        return label.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
