package id.jaring.synth.internal;

import java.time.LocalDate;

/**
 * Hands out NIK and No. KK numbers, unique by construction: a serial counter (0001 onward) per
 * kecamatan code and per date part. A NIK's date part is DDMMYY with 40 added to the day for
 * women; as the year has only two digits, people born a century apart share a counter, which is
 * exactly how real NIKs stay unique. Memory is fixed (about 40 MB), whatever the population size.
 * Not thread-safe: one allocator per generation.
 */
public final class IdAllocator {

    private static final int DATE_KEYS = 100 * 12 * 31;
    private static final int MAX_SERIAL = 9999;

    private final int kecamatanCount;
    private short[] nikSerials; // allocated on first use: an allocator for old No. KKs never issues NIKs
    private short[] kkSerials;

    public IdAllocator(int kecamatanCount) {
        this.kecamatanCount = kecamatanCount;
    }

    /** The next NIK for a person first registered in this kecamatan. */
    public String nik(RegionTable.Kecamatan kec, LocalDate birthDate, boolean female) {
        if (nikSerials == null) {
            nikSerials = new short[kecamatanCount * DATE_KEYS * 2];
        }
        int key = (kec.index() * DATE_KEYS + dateKey(birthDate)) * 2 + (female ? 1 : 0);
        int serial = next(nikSerials, key, "NIK", kec);
        return format(kec.plainCode(), birthDate.getDayOfMonth() + (female ? 40 : 0), birthDate, serial);
    }

    /** The next No. KK issued by this kecamatan on this date. */
    public String noKk(RegionTable.Kecamatan kec, LocalDate issueDate) {
        if (kkSerials == null) {
            kkSerials = new short[kecamatanCount * DATE_KEYS];
        }
        int serial = next(kkSerials, kec.index() * DATE_KEYS + dateKey(issueDate), "No. KK", kec);
        return format(kec.plainCode(), issueDate.getDayOfMonth(), issueDate, serial);
    }

    private static int next(short[] serials, int key, String what, RegionTable.Kecamatan kec) {
        int serial = serials[key] + 1;
        if (serial > MAX_SERIAL) {
            throw new IllegalStateException("more than 9999 " + what + " for one date in kecamatan " + kec.plainCode());
        }
        serials[key] = (short) serial;
        return serial;
    }

    private static int dateKey(LocalDate date) {
        return ((date.getYear() % 100) * 12 + date.getMonthValue() - 1) * 31 + date.getDayOfMonth() - 1;
    }

    private static String format(String kec6, int day, LocalDate date, int serial) {
        char[] c = new char[16];
        kec6.getChars(0, 6, c, 0);
        two(c, 6, day);
        two(c, 8, date.getMonthValue());
        two(c, 10, date.getYear() % 100);
        c[12] = (char) ('0' + serial / 1000);
        c[13] = (char) ('0' + serial / 100 % 10);
        c[14] = (char) ('0' + serial / 10 % 10);
        c[15] = (char) ('0' + serial % 10);
        return new String(c);
    }

    private static void two(char[] c, int at, int value) {
        c[at] = (char) ('0' + value / 10);
        c[at + 1] = (char) ('0' + value % 10);
    }
}
