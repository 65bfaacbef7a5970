package id.jaring.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Valid, random registry input, unique enough for tests that share one database. */
public final class Fixtures {

    /** Kecamatan Malingping, Kabupaten Lebak, and one of its desa. */
    public static final String LEBAK_KEC = "360201";
    public static final String LEBAK_DESA = "36.02.01.2002";
    /** Kecamatan Serang, Kota Serang, and one of its kelurahan. */
    public static final String SERANG_KEC = "367301";
    public static final String SERANG_DESA = "36.73.01.1001";

    private Fixtures() {
    }

    public static String nik(String kecamatan, LocalDate born, Sex sex) {
        int day = born.getDayOfMonth() + (sex == Sex.P ? 40 : 0);
        return kecamatan + String.format("%02d%02d%02d%04d", day, born.getMonthValue(), born.getYear() % 100,
                ThreadLocalRandom.current().nextInt(1, 10_000));
    }

    public static String noKk(String kecamatan) {
        LocalDate issued = LocalDate.of(2000, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(9000));
        return kecamatan + String.format("%02d%02d%02d%04d", issued.getDayOfMonth(), issued.getMonthValue(),
                issued.getYear() % 100, ThreadLocalRandom.current().nextInt(1, 10_000));
    }

    public static LocalDate randomBirth(int fromYear, int toYear) {
        LocalDate start = LocalDate.of(fromYear, 1, 1);
        int days = (int) (LocalDate.of(toYear, 12, 31).toEpochDay() - start.toEpochDay());
        return start.plusDays(ThreadLocalRandom.current().nextInt(days));
    }

    public static PersonData person(String kecamatan, String nama, Sex sex, int fromYear, int toYear) {
        LocalDate born = randomBirth(fromYear, toYear);
        return PersonData.of(nik(kecamatan, born, sex), nama, sex, "LEBAK", born);
    }

    public static HouseholdData household(String kecamatan, String desa) {
        return new HouseholdData(noKk(kecamatan), desa, "KP. CILANGKAHAN", "3", "01",
                new Welfare(Welfare.Tenure.MILIK_SENDIRI, 36, Welfare.Floor.TANAH, Welfare.Wall.ANYAMAN_BAMBU,
                        Welfare.Roof.GENTENG, Welfare.WaterSource.SUMUR_TAK_TERLINDUNG, Welfare.Lighting.PLN_METERAN,
                        450, Welfare.CookingFuel.KAYU_BAKAR, Welfare.Toilet.BERSAMA, false, 2, 1, 0, 0, false, false));
    }

    /** A family of three: head, wife, child. */
    public static RegisterHousehold family(String kecamatan, String desa, String headName) {
        return new RegisterHousehold(household(kecamatan, desa), List.of(
                new NewMember(Relationship.KEPALA_KELUARGA, person(kecamatan, headName, Sex.L, 1970, 1985)),
                new NewMember(Relationship.ISTRI, person(kecamatan, "SITI AMINAH", Sex.P, 1972, 1988)),
                new NewMember(Relationship.ANAK, person(kecamatan, "ANAK " + headName, Sex.L, 2012, 2018))),
                LocalDate.of(2020, 1, 1), false);
    }
}
