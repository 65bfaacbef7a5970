package id.jaring.intake.file.value;

/**
 * "TTL" (tempat, tanggal lahir) columns hold both: {@code SERANG, 12-05-1980},
 * {@code Serang 12 Mei 1980}. The date starts at the first digit; the place is what comes before,
 * without the separating comma.
 */
public final class PlaceAndDate {

    /** The place and the date text, each possibly empty. */
    public record Parts(String place, String date) {
    }

    private PlaceAndDate() {
    }

    public static Parts split(String raw) {
        if (raw == null || raw.isBlank()) {
            return new Parts("", "");
        }
        String s = raw.strip();
        int firstDigit = 0;
        while (firstDigit < s.length() && !Character.isDigit(s.charAt(firstDigit))) {
            firstDigit++;
        }
        String place = s.substring(0, firstDigit).strip();
        while (place.endsWith(",")) {
            place = place.substring(0, place.length() - 1).strip();
        }
        return new Parts(place, s.substring(firstDigit).strip());
    }
}
