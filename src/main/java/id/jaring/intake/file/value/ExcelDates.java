package id.jaring.intake.file.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Excel serial dates: days since 1899-12-31 (1900 system, with Lotus' fictitious 1900-02-29 as day
 * 60) or since 1904-01-01 (1904 system of old Mac workbooks); the fraction is the time of day.
 */
public final class ExcelDates {

    /** 9999-12-31 in the 1900 system: Excel knows no later date. */
    static final long LAST_SERIAL = 2_958_465;
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 31);
    private static final LocalDate EPOCH_1900_AFTER_LEAP_BUG = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    private ExcelDates() {
    }

    /** The date and time of a serial number, or null when it is no date Excel could show. */
    public static LocalDateTime fromSerial(BigDecimal serial, boolean date1904) {
        if (serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(LAST_SERIAL)) > 0) {
            return null;
        }
        long days = serial.setScale(0, RoundingMode.FLOOR).longValueExact();
        long seconds = serial.subtract(BigDecimal.valueOf(days)).multiply(SECONDS_PER_DAY)
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
        LocalDate date;
        if (date1904) {
            date = EPOCH_1904.plusDays(days);
        } else if (days == 0 || days == 60) {
            return null; // 1900-01-00 and the 1900-02-29 that never was
        } else {
            date = (days < 60 ? EPOCH_1900 : EPOCH_1900_AFTER_LEAP_BUG).plusDays(days);
        }
        return date.atStartOfDay().plusSeconds(seconds);
    }

    /**
     * A serial as ISO text: {@code yyyy-MM-dd} for a whole day, {@code yyyy-MM-ddTHH:mm:ss} with a
     * time of day; null when it is no date.
     */
    public static String isoText(BigDecimal serial, boolean date1904) {
        LocalDateTime t = fromSerial(serial, date1904);
        if (t == null) {
            return null;
        }
        return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString() : t.toString();
    }
}
