package id.jaring.linkage;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import id.jaring.access.CurrentUser;
import id.jaring.access.Role;
import id.jaring.access.Scope;
import id.jaring.access.SystemActor;
import id.jaring.intake.BatchStatus;
import id.jaring.intake.BatchView;
import id.jaring.intake.IntakeBatches;
import id.jaring.support.TestUsers;

/** Person files for linkage tests: random names and NIKs, so that tests sharing the database do not meet. */
final class LinkageFixtures {

    static final String HEADER = "record_id,nik,no_kk,nama,jenis_kelamin,tempat_lahir,tanggal_lahir,hubungan_keluarga,"
            + "nama_ibu_kandung,alamat,rt,rw,kode_wilayah";
    /** Two desa of kecamatan Malingping (Lebak) and one of Kota Serang. */
    static final String LEBAK_DESA = "3602012002";
    static final String LEBAK_DESA_2 = "3602012003";
    static final String SERANG_DESA = "3673011001";

    private LinkageFixtures() {
    }

    /** A pronounceable random word (3 syllables), e.g. KARIMO. */
    static String word() {
        String consonants = "BDGHJKLMNPRSTWY";
        String vowels = "AIUEO";
        StringBuilder w = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 3; i++) {
            w.append(consonants.charAt(random.nextInt(consonants.length()))).append(vowels.charAt(random.nextInt(5)));
        }
        return w.toString();
    }

    static LocalDate randomBirth() {
        return LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
    }

    /** A valid NIK of kecamatan Malingping for a birth date and sex, with the given serial. */
    static String nik(LocalDate born, boolean female, int serial) {
        int day = born.getDayOfMonth() + (female ? 40 : 0);
        return "360201" + two(day) + two(born.getMonthValue()) + two(born.getYear() % 100) + String.format("%04d", serial);
    }

    static int serial() {
        return ThreadLocalRandom.current().nextInt(1, 9000);
    }

    static String noKk() {
        return "360201" + String.format("%010d", ThreadLocalRandom.current().nextLong(1, 9_999_999_999L));
    }

    static String agency() {
        return "L" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
    }

    static <T> T steward(Supplier<T> work) {
        return as(new CurrentUser(2001, "steward", Role.DATA_STEWARD, Scope.PROVINCE), work);
    }

    static <T> T as(CurrentUser user, Supplier<T> work) {
        return SystemActor.callAs(TestUsers.as(user), work);
    }

    static BatchView validated(IntakeBatches intake, String agency, String file) {
        BatchView uploaded = steward(() -> intake.upload(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                "f.csv", agency, null)).batch();
        BatchView done = steward(() -> intake.awaitIdle(uploaded.id()));
        if (done.status() != BatchStatus.VALIDATED) {
            throw new IllegalStateException("batch not validated: " + done.status());
        }
        return done;
    }

    static BatchView committed(IntakeBatches intake, String agency, String file) {
        BatchView batch = validated(intake, agency, file);
        return steward(() -> intake.commitNow(batch.id()));
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** A file, row by row. */
    static final class FileBuilder {
        private final StringBuilder text = new StringBuilder(HEADER).append('\n');

        FileBuilder row(String recordId, String nik, String noKk, String nama, String sex, String place, LocalDate born,
                String hubungan, String mother, String alamat, String desa) {
            text.append(String.join(",", recordId, nik, noKk, nama, sex, place, born.toString(), hubungan, mother, alamat,
                    "1", "2", desa)).append('\n');
            return this;
        }

        String text() {
            return text.toString();
        }
    }
}
