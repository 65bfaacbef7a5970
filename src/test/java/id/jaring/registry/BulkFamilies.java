package id.jaring.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A deterministic stream of families for bulk-load tests and benchmarks: {@code families}
 * families of {@code perFamily} members in the given desa, with NIKs unique within the stream
 * (kecamatan of the desa, a birth date, a serial from the running number).
 */
final class BulkFamilies implements Iterator<BulkFamily> {

    private static final String[] NAMES = {"AHMAD", "SITI", "DEDI", "NURHAYATI", "ASEP", "AMINAH", "UJANG", "ROHAYATI"};

    private final String desa;
    private final String kecamatan;
    private final int families;
    private final int perFamily;
    private final int serialBase;
    private int next;

    BulkFamilies(String desa, int families, int perFamily, int serialBase) {
        this.desa = desa;
        this.kecamatan = desa.replace(".", "").substring(0, 6);
        this.families = families;
        this.perFamily = perFamily;
        this.serialBase = serialBase;
    }

    @Override
    public boolean hasNext() {
        return next < families;
    }

    @Override
    public BulkFamily next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        int f = next++;
        List<NewMember> members = new ArrayList<>(perFamily);
        for (int k = 0; k < perFamily; k++) {
            long n = (long) f * perFamily + k;
            Sex sex = k % 2 == 0 ? Sex.L : Sex.P;
            LocalDate born = LocalDate.of(1950, 1, 1).plusDays(n % 25_000);
            // the serial spreads the running number over the 9,999 serials of each birth date
            int serial = (int) ((n / 25_000 + serialBase) % 9_999) + 1;
            String nik = kecamatan + String.format("%02d%02d%02d%04d", born.getDayOfMonth() + (sex == Sex.P ? 40 : 0),
                    born.getMonthValue(), born.getYear() % 100, serial);
            PersonData person = PersonData.of(nik, NAMES[(int) (n % NAMES.length)] + " BULK " + n, sex, "TANGERANG", born);
            members.add(new NewMember(k == 0 ? Relationship.KEPALA_KELUARGA : Relationship.ANAK, person));
        }
        String noKk = kecamatan + String.format("%010d", (long) serialBase * 10_000_000L + f);
        HouseholdData household = new HouseholdData(noKk, desa, "JL. BULK " + f, String.valueOf(f % 20 + 1), "2",
                new Welfare(Welfare.Tenure.MILIK_SENDIRI, 30 + f % 50, Welfare.Floor.KERAMIK, Welfare.Wall.TEMBOK,
                        Welfare.Roof.GENTENG, Welfare.WaterSource.LEDENG, Welfare.Lighting.PLN_METERAN, 900,
                        Welfare.CookingFuel.GAS_ELPIJI_3KG, Welfare.Toilet.SENDIRI, false, 0, 1, 0, 1, false, true));
        return new BulkFamily(household, members, LocalDate.of(2021, 6, 1));
    }
}
