package id.jaring.intake.file.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ValueReadersTests {

    @Test
    void datesInEveryAcceptedForm() {
        DateReader r = DateReader.indonesian();
        LocalDate march7 = LocalDate.of(2019, 3, 7);
        for (String s : List.of("2019-03-07", "2019/3/7", "2019-03-07 00:00:00", "2019-03-07T10:15:00", "07-03-2019",
                "07/03/2019", "7/3/2019", "07.03.2019", "20190307", "07032019", "7 Maret 2019", "07-Mar-2019",
                "7 MAR 2019", " 07/03/2019 ")) {
            assertThat(r.read(s, false)).as(s).isEqualTo(Parsed.ok(march7));
        }
        assertThat(r.read("", false).isBlank()).isTrue();
        assertThat(r.read(null, false).isBlank()).isTrue();
        assertThat(r.read("31/02/2019", false)).isEqualTo(Parsed.error(ValueCodes.DATE_INVALID));
        assertThat(r.read("07/13/2019", false)).isEqualTo(Parsed.error(ValueCodes.DATE_INVALID));
        assertThat(r.read("0019-03-07", false)).isEqualTo(Parsed.error(ValueCodes.DATE_INVALID));
        assertThat(r.read("kemarin", false)).isEqualTo(Parsed.error(ValueCodes.DATE_FORMAT));
        assertThat(r.read("07/03/19", false)).isEqualTo(Parsed.error(ValueCodes.DATE_FORMAT));
        assertThat(r.read("7 Bulan 2019", false)).isEqualTo(Parsed.error(ValueCodes.DATE_FORMAT));
    }

    @Test
    void serialDatesFromNumberCellsInBothSystems() {
        assertThat(DateReader.indonesian().read("43531", true)).isEqualTo(Parsed.ok(LocalDate.of(2019, 3, 7)));
        assertThat(DateReader.indonesian().read("43531", false)).isEqualTo(Parsed.ok(LocalDate.of(2019, 3, 7)));
        assertThat(DateReader.indonesian().read("43531.75", true)).isEqualTo(Parsed.ok(LocalDate.of(2019, 3, 7)));
        assertThat(new DateReader(DateOrder.DAY_FIRST, true).read("42069", true))
                .isEqualTo(Parsed.ok(LocalDate.of(2019, 3, 7)));
        assertThat(DateReader.indonesian().read("60", true)).isEqualTo(Parsed.error(ValueCodes.DATE_INVALID));
        assertThat(ExcelDates.fromSerial(new BigDecimal("59"), false)).isEqualTo(LocalDateTime.of(1900, 2, 28, 0, 0));
        assertThat(ExcelDates.fromSerial(new BigDecimal("61"), false)).isEqualTo(LocalDateTime.of(1900, 3, 1, 0, 0));
        assertThat(ExcelDates.fromSerial(new BigDecimal("0"), true)).isEqualTo(LocalDateTime.of(1904, 1, 1, 0, 0));
        assertThat(ExcelDates.isoText(new BigDecimal("43531.25"), false)).isEqualTo("2019-03-07T06:00");
        assertThat(ExcelDates.fromSerial(new BigDecimal("-1"), false)).isNull();
        assertThat(ExcelDates.fromSerial(new BigDecimal("2958466"), false)).isNull();
    }

    @Test
    void theDateOrderIsDetectedPerFile() {
        assertThat(DateOrder.detect(Arrays.asList("03/07/2019", "12/25/1980", null, "01/02/2000")))
                .isEqualTo(DateOrder.MONTH_FIRST);
        assertThat(DateOrder.detect(List.of("03/07/2019", "25/12/1980"))).isEqualTo(DateOrder.DAY_FIRST);
        assertThat(DateOrder.detect(List.of("03/07/2019", "01/02/2000"))).isEqualTo(DateOrder.DAY_FIRST);
        assertThat(DateOrder.detect(List.of("2019-12-25", "20191225"))).isEqualTo(DateOrder.DAY_FIRST);
        // mixed evidence: the Indonesian order, and the month-first rows fail on their own
        assertThat(DateOrder.detect(List.of("25/12/1980", "12/25/1980"))).isEqualTo(DateOrder.DAY_FIRST);
        DateReader us = new DateReader(DateOrder.MONTH_FIRST, false);
        assertThat(us.read("03/07/2019", false)).isEqualTo(Parsed.ok(LocalDate.of(2019, 3, 7)));
        assertThat(us.read("2019-03-07", false)).isEqualTo(Parsed.ok(LocalDate.of(2019, 3, 7)));
    }

    @Test
    void sexCodes() {
        for (String male : List.of("L", "l", "LAKI-LAKI", "Laki Laki", "laki2".replace("2", ""), "LK", "PRIA", "M", "Male", "1", "1.0")) {
            assertThat(SexCodes.read(male)).as(male).isEqualTo(Parsed.ok("L"));
        }
        for (String female : List.of("P", "PEREMPUAN", "Perempuan", "WANITA", "F", "female", "2", "W", "PR")) {
            assertThat(SexCodes.read(female)).as(female).isEqualTo(Parsed.ok("P"));
        }
        assertThat(SexCodes.read(" ").isBlank()).isTrue();
        assertThat(SexCodes.read("3")).isEqualTo(Parsed.error(ValueCodes.SEX_CODE));
        assertThat(SexCodes.read("X")).isEqualTo(Parsed.error(ValueCodes.SEX_CODE));
    }

    @Test
    void nikAndKkAreMadePlainAndExcelDamageIsTold() {
        assertThat(Identifiers.nik("3602011205800001", false)).isEqualTo(Parsed.ok("3602011205800001"));
        assertThat(Identifiers.nik(" 3602 0112 0580 0001 ", false)).isEqualTo(Parsed.ok("3602011205800001"));
        assertThat(Identifiers.nik("'3602011205800001", false)).isEqualTo(Parsed.ok("3602011205800001"));
        assertThat(Identifiers.nik("3602011205800001.0", false)).isEqualTo(Parsed.ok("3602011205800001"));
        assertThat(Identifiers.nik("3602011205800001", true)).isEqualTo(Parsed.ok("3602011205800001"));
        assertThat(Identifiers.nik("3.60201E+15", false)).isEqualTo(Parsed.error(ValueCodes.NIK_SCIENTIFIC));
        assertThat(Identifiers.nik("3,602011E+15", false)).isEqualTo(Parsed.error(ValueCodes.NIK_SCIENTIFIC));
        assertThat(Identifiers.nik("3.602011205800001e15", false)).isEqualTo(Parsed.error(ValueCodes.NIK_SCIENTIFIC));
        assertThat(Identifiers.nik("3602010000000000", true)).isEqualTo(Parsed.error(ValueCodes.NIK_SCIENTIFIC));
        assertThat(Identifiers.nik("3602011205800010", true))
                .isEqualTo(Parsed.warning("3602011205800010", ValueCodes.NIK_NUMBER_ROUNDED));
        assertThat(Identifiers.nik("3602011205800010", false)).isEqualTo(Parsed.ok("3602011205800010"));
        assertThat(Identifiers.nik("360201120580001", false)).isEqualTo(Parsed.error(ValueCodes.NIK_FORMAT));
        assertThat(Identifiers.nik("36020112058000A1", false)).isEqualTo(Parsed.error(ValueCodes.NIK_FORMAT));
        assertThat(Identifiers.nik("", false).isBlank()).isTrue();
        assertThat(Identifiers.kk("3.60201E+15", false)).isEqualTo(Parsed.error(ValueCodes.KK_SCIENTIFIC));
        assertThat(Identifiers.kk("3602010101200010", true))
                .isEqualTo(Parsed.warning("3602010101200010", ValueCodes.KK_NUMBER_ROUNDED));
        assertThat(Identifiers.kk("3602010101200003", false)).isEqualTo(Parsed.ok("3602010101200003"));
        assertThat(Identifiers.kk("12345", false)).isEqualTo(Parsed.error(ValueCodes.KK_FORMAT));
    }

    @Test
    void rtAndRwArePaddedToThreeDigits() {
        assertThat(Identifiers.rt("3")).isEqualTo(Parsed.ok("003"));
        assertThat(Identifiers.rt("03")).isEqualTo(Parsed.ok("003"));
        assertThat(Identifiers.rt("003")).isEqualTo(Parsed.ok("003"));
        assertThat(Identifiers.rt("RT 05")).isEqualTo(Parsed.ok("005"));
        assertThat(Identifiers.rt("12.0")).isEqualTo(Parsed.ok("012"));
        assertThat(Identifiers.rw("0012")).isEqualTo(Parsed.ok("012"));
        assertThat(Identifiers.rt("").isBlank()).isTrue();
        assertThat(Identifiers.rt("1000")).isEqualTo(Parsed.error(ValueCodes.RT_FORMAT));
        assertThat(Identifiers.rt("003/004")).isEqualTo(Parsed.error(ValueCodes.RT_FORMAT));
        assertThat(Identifiers.rw("satu")).isEqualTo(Parsed.error(ValueCodes.RW_FORMAT));
    }

    @Test
    void regionCodesBecomeDotted() {
        assertThat(Identifiers.regionCode("3601012001")).isEqualTo(Parsed.ok("36.01.01.2001"));
        assertThat(Identifiers.regionCode("36.01.01.2001")).isEqualTo(Parsed.ok("36.01.01.2001"));
        assertThat(Identifiers.regionCode(" 3601012001.0 ")).isEqualTo(Parsed.ok("36.01.01.2001"));
        assertThat(Identifiers.regionCode("3601")).isEqualTo(Parsed.ok("36.01"));
        assertThat(Identifiers.regionCode("360101200")).isEqualTo(Parsed.error(ValueCodes.REGION_CODE_FORMAT));
        assertThat(Identifiers.regionCode("SERANG")).isEqualTo(Parsed.error(ValueCodes.REGION_CODE_FORMAT));
        assertThat(Identifiers.regionCode(null).isBlank()).isTrue();
    }

    @Test
    void yesNo() {
        for (String yes : List.of("Y", "y", "Ya", "YES", "TRUE", "1", "1.0", "ada")) {
            assertThat(YesNo.read(yes)).as(yes).isEqualTo(Parsed.ok(true));
        }
        for (String no : List.of("N", "Tidak", "TDK", "NO", "FALSE", "0", "Tidak Ada", "ga")) {
            assertThat(YesNo.read(no)).as(no).isEqualTo(Parsed.ok(false));
        }
        assertThat(YesNo.read("T")).isEqualTo(Parsed.error(ValueCodes.YES_NO_FORMAT));
        assertThat(YesNo.read("mungkin")).isEqualTo(Parsed.error(ValueCodes.YES_NO_FORMAT));
        assertThat(YesNo.read("").isBlank()).isTrue();
    }

    @Test
    void rupiahAmounts() {
        assertThat(Rupiah.read("1500000")).isEqualTo(Parsed.ok(1_500_000L));
        assertThat(Rupiah.read("1.500.000")).isEqualTo(Parsed.ok(1_500_000L));
        assertThat(Rupiah.read("1,500,000")).isEqualTo(Parsed.ok(1_500_000L));
        assertThat(Rupiah.read("Rp 1.500.000,00")).isEqualTo(Parsed.ok(1_500_000L));
        assertThat(Rupiah.read("Rp. 750.000,-")).isEqualTo(Parsed.ok(750_000L));
        assertThat(Rupiah.read("1,500,000.50")).isEqualTo(Parsed.ok(1_500_001L));
        assertThat(Rupiah.read("1500000.0")).isEqualTo(Parsed.ok(1_500_000L));
        assertThat(Rupiah.read("1.500")).isEqualTo(Parsed.ok(1_500L));
        assertThat(Rupiah.read("1,5 jt")).isEqualTo(Parsed.ok(1_500_000L));
        assertThat(Rupiah.read("750 rb")).isEqualTo(Parsed.ok(750_000L));
        assertThat(Rupiah.read("0")).isEqualTo(Parsed.ok(0L));
        assertThat(Rupiah.read("").isBlank()).isTrue();
        assertThat(Rupiah.read("-500")).isEqualTo(Parsed.error(ValueCodes.AMOUNT_FORMAT));
        assertThat(Rupiah.read("1.50.000")).isEqualTo(Parsed.error(ValueCodes.AMOUNT_FORMAT));
        assertThat(Rupiah.read("sejuta")).isEqualTo(Parsed.error(ValueCodes.AMOUNT_FORMAT));
        assertThat(Rupiah.read("9".repeat(40))).isEqualTo(Parsed.error(ValueCodes.AMOUNT_FORMAT));
    }

    @Test
    void placeAndDateOfBirthSplit() {
        assertThat(PlaceAndDate.split("SERANG, 12-05-1980")).isEqualTo(new PlaceAndDate.Parts("SERANG", "12-05-1980"));
        assertThat(PlaceAndDate.split("Kab. Lebak 12 Mei 1980")).isEqualTo(new PlaceAndDate.Parts("Kab. Lebak", "12 Mei 1980"));
        assertThat(PlaceAndDate.split("12/05/1980")).isEqualTo(new PlaceAndDate.Parts("", "12/05/1980"));
        assertThat(PlaceAndDate.split("PANDEGLANG")).isEqualTo(new PlaceAndDate.Parts("PANDEGLANG", ""));
    }
}
