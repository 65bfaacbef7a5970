package id.jaring.linkage.standardise;

/** Sex as L or P from the forms agencies use: L/P, LAKI-LAKI/PEREMPUAN, M/F, MALE/FEMALE, PRIA/WANITA, 1/2. */
public final class Sexes {

    private Sexes() {
    }

    public static String standardise(String raw) {
        String s = Texts.clean(raw);
        if (s == null) {
            return null;
        }
        return switch (s) {
            case "L", "LK", "LAKI LAKI", "LAKI", "LELAKI", "M", "MALE", "PRIA", "1" -> "L";
            case "P", "PR", "PEREMPUAN", "F", "FEMALE", "WANITA", "W", "2" -> "P";
            default -> null;
        };
    }
}
