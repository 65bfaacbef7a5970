package id.jaring.linkage;

/**
 * One comparison of a review item's two records: the comparison (as the person model names it,
 * e.g. nama, nik, tanggal_lahir), its kind, the level reached (0 = a value missing, 1 = exact,
 * higher = weaker agreement, the last = disagreement) and that level's weight (log2 m/u).
 */
public record ReviewEvidence(String comparison, String kind, int level, double weight) {
}
