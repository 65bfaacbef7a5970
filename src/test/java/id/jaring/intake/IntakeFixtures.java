package id.jaring.intake;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import id.jaring.access.CurrentUser;
import id.jaring.access.Role;
import id.jaring.access.Scope;
import id.jaring.access.SystemActor;
import id.jaring.support.TestUsers;

/** Hand-made person files with NIKs unique across the shared test database. */
final class IntakeFixtures {

    static final String HEADER = "record_id,nik,no_kk,nama,jenis_kelamin,tempat_lahir,tanggal_lahir,hubungan_keluarga,"
            + "nama_ibu_kandung,alamat,rt,rw,kode_wilayah";
    /** Desa in Lebak (36.02) and in Kota Serang (36.73). */
    static final String LEBAK_DESA = "3602012002";
    static final String SERANG_DESA = "36.73.01.1001";

    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 5000));

    private IntakeFixtures() {
    }

    /** A valid NIK of kecamatan Malingping for a birth date and sex, with a fresh serial. */
    static String nik(LocalDate born, boolean female) {
        int day = born.getDayOfMonth() + (female ? 40 : 0);
        int serial = SERIAL.incrementAndGet() % 9999 + 1;
        return "360201" + two(day) + two(born.getMonthValue()) + two(born.getYear() % 100)
                + String.format("%04d", serial);
    }

    static LocalDate randomBirth() {
        return LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
    }

    /**
     * A name no other test uses ({@code base} and five random letters): the linkage must not take a
     * person of one test for the same person of another (same name and desa, no birth date).
     */
    static String uniqueName(String base) {
        StringBuilder name = new StringBuilder(base).append(' ');
        for (int i = 0; i < 5; i++) {
            name.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return name.toString();
    }

    /** A No. KK of kecamatan Malingping, random. */
    static String noKk() {
        return "360201" + String.format("%010d", ThreadLocalRandom.current().nextLong(1, 9_999_999_999L));
    }

    static String agency() {
        return "T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
    }

    static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static <T> T steward(Supplier<T> work) {
        return as(new CurrentUser(2001, "steward", Role.DATA_STEWARD, Scope.PROVINCE), work);
    }

    static <T> T as(CurrentUser user, Supplier<T> work) {
        return SystemActor.callAs(TestUsers.as(user), work);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** Builds a file row by row. */
    static final class FileBuilder {
        private final StringBuilder text = new StringBuilder(HEADER).append('\n');

        FileBuilder person(String recordId, String nik, String noKk, String nama, String sex, String born,
                String hubungan, String desa) {
            text.append(String.join(",", recordId, nik, noKk, nama, sex, "LEBAK", born, hubungan, "SITI", "KP. SUKA",
                    "1", "2", desa)).append('\n');
            return this;
        }

        FileBuilder line(String raw) {
            text.append(raw).append('\n');
            return this;
        }

        String text() {
            return text.toString();
        }
    }
}
