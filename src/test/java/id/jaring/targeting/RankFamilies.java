package id.jaring.targeting;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hand-built families for ranking tests, inserted straight into the registry's tables (the
 * ranking reads them in SQL). Each family has its own random No. KK.
 */
public final class RankFamilies {

    public static final String LEBAK_DESA = "36.02.01.2002";
    public static final String SERANG_DESA = "36.73.01.1001";

    private final JdbcClient jdbc;

    public RankFamilies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A family with every welfare variable null, status AKTIF. */
    public long household(String desa) {
        return jdbc.sql("""
                insert into household (no_kk, kabkota_code, desa_code, alamat, created_at, updated_at)
                values (:kk, left(:desa, 5), :desa, 'KP. RANKING', now(), now()) returning id
                """).param("kk", noKk()).param("desa", desa).query(Long.class).single();
    }

    /** Sets one welfare column (a name of the code, never user input). */
    public RankFamilies set(long household, String column, Object value) {
        jdbc.sql("update household set " + column + " = :v where id = :id").param("v", value).param("id", household).update();
        return this;
    }

    public long member(long household, String hubungan, LocalDate born, String education, String work, Long income,
            String disability) {
        String desa = jdbc.sql("select desa_code from household where id = :id").param("id", household)
                .query(String.class).single();
        long person = jdbc.sql("""
                insert into person (nama, jenis_kelamin, tanggal_lahir, pendidikan_terakhir, pekerjaan, penghasilan_bulanan,
                                    disabilitas, kabkota_code, desa_code, created_at, updated_at)
                values ('WARGA RANKING', 'L', :born, :edu, :work, :income, :dis, left(:desa, 5), :desa, now(), now())
                returning id
                """).param("born", born).param("edu", education).param("work", work).param("income", income)
                .param("dis", disability == null ? "TIDAK_ADA" : disability).param("desa", desa)
                .query(Long.class).single();
        jdbc.sql("""
                insert into household_member (household_id, person_id, hubungan_keluarga, valid_from, kabkota_code)
                values (:h, :p, :rel, date '2020-01-01', left(:desa, 5))
                """).param("h", household).param("p", person).param("rel", hubungan).param("desa", desa).update();
        return person;
    }

    private static String noKk() {
        return "360201" + String.format("%010d", ThreadLocalRandom.current().nextLong(1, 9_999_999_999L));
    }
}
