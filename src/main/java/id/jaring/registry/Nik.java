package id.jaring.registry;

import static id.jaring.registry.RegistryCodes.*;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

import id.jaring.platform.Violation;
import id.jaring.wilayah.Region;
import id.jaring.wilayah.Regions;

/**
 * The registry's rules for identity numbers as pure functions, for callers that check many
 * records at once (intake) and for the registry's own validator: one definition of a valid NIK
 * and No. KK in the code base.
 */
public final class Nik {

    private Nik() {
    }

    /**
     * NIK: {@code PPKKCC DDMMYY SSSS}. Errors: NIK_FORMAT (not 16 digits, or serial 0000),
     * NIK_DATE_INVALID (the date part is no real date, day + 40 for women). Warnings:
     * NIK_SEX_MISMATCH, NIK_BIRTHDATE_MISMATCH (when sex / birth date are given), and
     * NIK_REGION_UNKNOWN (the first six digits name no kecamatan of the region table).
     *
     * @param nik stripped text; sex and born may be null
     */
    public static void check(String nik, Sex sex, LocalDate born, Regions regions, String field, List<Violation> found) {
        if (nik == null || nik.length() != 16 || !allDigits(nik) || nik.endsWith("0000")) {
            found.add(Violation.error(NIK_FORMAT, field));
            return;
        }
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int yy = Integer.parseInt(nik.substring(10, 12));
        boolean female = day > 40;
        int realDay = female ? day - 40 : day;
        if (!realDate(realDay, month, yy)) {
            found.add(Violation.error(NIK_DATE_INVALID, field));
        } else {
            if (sex != null && female != (sex == Sex.P)) {
                found.add(Violation.warning(NIK_SEX_MISMATCH, field, sex.name()));
            }
            if (born != null && (born.getDayOfMonth() != realDay || born.getMonthValue() != month
                    || born.getYear() % 100 != yy)) {
                found.add(Violation.warning(NIK_BIRTHDATE_MISMATCH, field, born.toString()));
            }
        }
        if (!isKecamatan(regions, nik.substring(0, 6))) {
            found.add(Violation.warning(NIK_REGION_UNKNOWN, field, nik.substring(0, 6)));
        }
    }

    /**
     * No. KK: 16 digits (else KK_FORMAT); a warning KK_REGION_UNKNOWN when the first six digits
     * name no kecamatan. A blank number is the caller's concern (required or not).
     */
    public static void checkKk(String noKk, Regions regions, String field, List<Violation> found) {
        if (noKk == null || noKk.length() != 16 || !allDigits(noKk)) {
            found.add(Violation.error(KK_FORMAT, field));
        } else if (!isKecamatan(regions, noKk.substring(0, 6))) {
            found.add(Violation.warning(KK_REGION_UNKNOWN, field, noKk.substring(0, 6)));
        }
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isKecamatan(Regions regions, String plainCode) {
        return regions.find(plainCode).filter(r -> r.level() == Region.KECAMATAN).isPresent();
    }

    /** True when day/month form a date in 19yy or 20yy (29 February needs a leap year). */
    private static boolean realDate(int day, int month, int yy) {
        for (int century : new int[] {1900, 2000}) {
            try {
                LocalDate.of(century + yy, month, day);
                return true;
            } catch (DateTimeException e) {
                // try the other century
            }
        }
        return false;
    }
}
