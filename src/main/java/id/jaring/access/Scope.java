package id.jaring.access;

/**
 * Where a user may look: an agency (OPD code, or null for none) and a region (a dotted
 * Kemendagri code at any level, or null for the whole province).
 */
public record Scope(String agencyCode, String regionCode) implements java.io.Serializable {

    public static final Scope PROVINCE = new Scope(null, null);

    /** True when the region is the whole province. */
    public boolean isProvinceWide() {
        return regionCode == null || regionCode.length() <= 2;
    }

    /** True when a record in {@code code} (any level, dotted) lies inside this scope's region. */
    public boolean covers(String code) {
        return isProvinceWide() || (code != null && (code.equals(regionCode) || code.startsWith(regionCode + ".")));
    }

    /**
     * A prefix for SQL {@code LIKE} on dotted region codes: {@code "%"} for the whole province,
     * else the region code followed by {@code "%"}.
     */
    public String regionLikePattern() {
        return isProvinceWide() ? "%" : regionCode + "%";
    }

    /** The kab/kota of the scope's region ({@code 36.02}), or null when province-wide. */
    public String kabKotaCode() {
        return isProvinceWide() ? null : regionCode.substring(0, Math.min(5, regionCode.length()));
    }

    /**
     * This scope narrowed to a region it reaches: the same agency, and the narrower of its own
     * region and {@code code} when one lies inside the other.
     *
     * @throws IllegalArgumentException when the two regions do not overlap
     */
    public Scope narrowedTo(String code) {
        if (covers(code)) {
            return new Scope(agencyCode, code);
        }
        if (new Scope(agencyCode, code).covers(regionCode)) {
            return this;
        }
        throw new IllegalArgumentException("region " + code + " lies outside the scope");
    }
}
