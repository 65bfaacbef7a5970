package id.jaring.registry;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Builds many families in one desa set-based in SQL (generate_series), for list and count tests. */
final class SqlFamilies {

    private SqlFamilies() {
    }

    /**
     * Inserts {@code families} families in {@code desa}, each with {@code members} NIK-less members
     * (the first is the head). Returns the common No. KK prefix of the new families.
     */
    static String insert(JdbcClient jdbc, String desa, int families, int members) {
        String prefix = desa.replace(".", "").substring(0, 6)
                + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
        jdbc.sql("""
                insert into household (no_kk, kabkota_code, desa_code, alamat, rt, rw, created_at, updated_at)
                select :prefix || lpad(g::text, 6, '0'), left(:desa, 5), :desa, 'KP. GENERATED ' || g, '001', '001', now(), now()
                from generate_series(1, :n) g
                """).param("prefix", prefix).param("desa", desa).param("n", families).update();
        jdbc.sql("""
                with fam as (select id from household where no_kk like :prefix || '%' and desa_code = :desa),
                     people as (
                        insert into person (nama, jenis_kelamin, tanggal_lahir, kabkota_code, desa_code, created_at, updated_at)
                        select 'WARGA ' || f.id || ' ' || k, case when k = 1 then 'L' else 'P' end, date '1980-01-01' + k,
                               left(:desa, 5), :desa, now(), now()
                        from fam f cross join generate_series(1, :m) k
                        returning id, nama)
                insert into household_member (household_id, person_id, hubungan_keluarga, valid_from, kabkota_code)
                select split_part(nama, ' ', 2)::bigint, id,
                       case when split_part(nama, ' ', 3) = '1' then 'KEPALA KELUARGA' else 'ANAK' end,
                       date '2020-01-01', left(:desa, 5)
                from people
                """).param("prefix", prefix).param("desa", desa).param("m", members).update();
        return prefix;
    }
}
