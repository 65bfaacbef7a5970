package id.jaring.program;

/** A benefit component of a programme (IBU_HAMIL, SD, LANSIA, ...), amounts in rupiah. */
public record BenefitComponent(long id, long programmeId, String code, String name, long amountPerYear,
        int tahapPerYear, long amountPerTahap) {

    public ComponentData data() {
        return new ComponentData(code, name, amountPerYear, tahapPerYear, amountPerTahap);
    }
}
