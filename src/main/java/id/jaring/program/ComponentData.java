package id.jaring.program;

/** What defines a benefit component; amounts in rupiah, {@code amountPerTahap * tahapPerYear = amountPerYear}. */
public record ComponentData(String code, String name, Long amountPerYear, Integer tahapPerYear, Long amountPerTahap) {
}
