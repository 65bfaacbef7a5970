package id.jaring.registry;

/**
 * The editable data of a family (KK).
 *
 * @param noKk 16-digit family card number
 * @param desaCode desa/kelurahan code, dotted ({@code 36.02.01.2002}) or plain ({@code 3602012002})
 * @param rt neighbourhood unit, 1-3 digits (zero-padded or not), may be null
 * @param welfare housing and assets; null means {@link Welfare#UNKNOWN}
 */
public record HouseholdData(String noKk, String desaCode, String alamat, String rt, String rw, Welfare welfare) {

    public HouseholdData {
        welfare = welfare == null ? Welfare.UNKNOWN : welfare;
    }
}
