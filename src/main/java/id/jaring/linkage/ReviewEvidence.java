package id.jaring.linkage;

/**
 * One comparison of a review item's two records: the comparison (as the person model names it,
 * e.g. nama, nik, tanggal_lahir), its kind, the level reached (0 = a value missing, 1 = exact,
 * higher = weaker agreement, {@code levels - 1} = disagreement) and that level's weight (log2 m/u).
 */
public record ReviewEvidence(String comparison, String kind, int level, int levels, double weight) {

    /** Message key of the level, for people: missing, exact, a kind's own named level, similar, different. */
    public String labelKey() {
        if (level == 0) {
            return "linkage.level.missing";
        }
        if (level == 1) {
            return "linkage.level.exact";
        }
        if (level == levels - 1) {
            return "linkage.level.different";
        }
        return switch (kind) {
            case "NIK", "DATE", "HOUSEHOLD" -> "linkage.level." + kind + "." + level;
            default -> "linkage.level.similar";
        };
    }
}
