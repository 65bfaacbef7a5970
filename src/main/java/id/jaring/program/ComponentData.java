package id.jaring.program;

/**
 * What defines a benefit component; amounts in rupiah, {@code amountPerTahap * tahapPerYear = amountPerYear};
 * {@code memberCondition}: who it is for, a condition over one member in the rule language (null or
 * blank: not defined).
 */
public record ComponentData(String code, String name, Long amountPerYear, Integer tahapPerYear, Long amountPerTahap,
        String memberCondition) {

    /** A component without a member condition. */
    public ComponentData(String code, String name, Long amountPerYear, Integer tahapPerYear, Long amountPerTahap) {
        this(code, name, amountPerYear, tahapPerYear, amountPerTahap, null);
    }
}
