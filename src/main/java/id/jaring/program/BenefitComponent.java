package id.jaring.program;

/**
 * A benefit component of a programme (IBU_HAMIL, SD, LANSIA, ...), amounts in rupiah.
 *
 * @param memberCondition who the component is for: a condition over one member in the rule language
 *        (e.g. {@code sekolah = SD AND umur < 21}); null when not defined
 */
public record BenefitComponent(long id, long programmeId, String code, String name, long amountPerYear,
        int tahapPerYear, long amountPerTahap, String memberCondition) {

    public ComponentData data() {
        return new ComponentData(code, name, amountPerYear, tahapPerYear, amountPerTahap, memberCondition);
    }
}
