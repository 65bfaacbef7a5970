package id.jaring.targeting;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds a varied registry set-based in SQL for the SQL/Java agreement tests: families spread
 * over many desa of every kab/kota, some not active, with 1 to 8 members whose ages sit on and
 * around the boundaries rules use (a day before, on and after the birthday at {@code base}),
 * leap-day births, unknown birth dates, pregnancies, every school level and disability, free-text
 * jobs in mixed case, dead members and ended memberships, and a rank for about 85% of families.
 * Values come from hashes of the row numbers, so every run builds the same variety.
 */
public final class GeneratedFamilies {

    public record Range(long from, long to, int families) {
    }

    private GeneratedFamilies() {
    }

    public static Range insert(JdbcClient jdbc, int families, LocalDate base) {
        String prefix = "97" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        jdbc.sql("""
                with desas as (
                    select code, row_number() over (order by code) rn, count(*) over () n
                    from region where level = 4 and code_plain::bigint % 7 = 0)
                insert into household (no_kk, kabkota_code, desa_code, alamat, status, status_bangunan, luas_lantai_m2,
                    jenis_lantai, jenis_dinding, sumber_air_minum, sumber_penerangan, daya_listrik_va, aset_lahan,
                    aset_ternak, aset_tabungan, aset_emas, created_at, updated_at)
                select :prefix || lpad(g::text, 6, '0'), left(d.code, 5), d.code, 'KP. ATURAN ' || g,
                    case when x(g, 'st') % 100 < 4 then 'BUBAR' when x(g, 'st') % 100 < 7 then 'PINDAH' else 'AKTIF' end,
                    (array['MILIK_SENDIRI', 'KONTRAK_SEWA', 'BEBAS_SEWA', null])[1 + x(g, 'sb') % 4],
                    case when x(g, 'll') % 10 = 0 then null else 6 + x(g, 'll') % 90 end,
                    (array['KERAMIK', 'TANAH', 'BAMBU', 'SEMEN_BATA_MERAH', 'KAYU_PAPAN', null])[1 + x(g, 'jl') % 6],
                    (array['TEMBOK', 'ANYAMAN_BAMBU', null])[1 + x(g, 'jd') % 3],
                    (array['LEDENG', 'SUMUR_TERLINDUNG', 'AIR_KEMASAN', 'AIR_PERMUKAAN', null])[1 + x(g, 'am') % 5],
                    (array['PLN_METERAN', 'PLN_TANPA_METERAN', 'BUKAN_LISTRIK'])[1 + x(g, 'sp') % 3],
                    (array[450, 900, 1300, 2200, null])[1 + x(g, 'dl') % 5],
                    (array[true, false, null])[1 + x(g, 'al') % 3],
                    x(g, 'at') % 4,
                    (array[true, false, null])[1 + x(g, 'tb') % 3],
                    (array[false, true])[1 + x(g, 'em') % 2],
                    now(), now()
                from generate_series(1, :n) g
                join desas d on d.rn = 1 + x(g, 'ds') % d.n
                """.replace("x(g, ", "xh(g, "))
                .param("prefix", prefix).param("n", families).update();
        Range range = jdbc.sql("select min(id), max(id), count(*) from household where no_kk like :prefix || '%'")
                .param("prefix", prefix).query((rs, n) -> new Range(rs.getLong(1), rs.getLong(2), rs.getInt(3))).single();
        jdbc.sql("""
                with fam as (select id, kabkota_code, desa_code from household where id between :from and :to),
                     slots as (select f.*, k from fam f cross join lateral generate_series(1, 1 + xh(f.id, 'n') % 8) k),
                     traits as (
                        select s.*, xh(s.id * 10 + k, 'sex') % 2 = 0 or k = 1 and xh(s.id, 'hs') % 10 > 0 as male,
                               xh(s.id * 10 + k, 'lb') % 100 as lb
                        from slots s),
                     people as (
                        insert into person (nama, jenis_kelamin, tanggal_lahir, hamil, jenjang_sekolah, pendidikan_terakhir,
                            status_kawin, disabilitas, pekerjaan, penghasilan_bulanan, tanggal_meninggal, kabkota_code,
                            desa_code, created_at, updated_at)
                        select 'ATURAN ' || t.id || ' ' || t.k,
                            case when t.male then 'L' else 'P' end,
                            case when t.lb < 3 then null
                                 when t.lb < 6 then (array[date '2024-02-29', date '2004-02-29', date '1964-02-29',
                                                           date '2006-02-28', date '2006-03-01'])[1 + xh(t.id * 10 + t.k, 'lp') % 5]
                                 else (cast(:base as date)
                                       - make_interval(years => (array[0, 1, 4, 5, 6, 7, 12, 15, 17, 18, 20, 21, 22, 30, 45,
                                                                       59, 60, 61, 64, 65, 70, 85])[1 + xh(t.id * 10 + t.k, 'ag') % 22])
                                       + make_interval(days => xh(t.id * 10 + t.k, 'of') % 3 - 1))::date
                            end,
                            not t.male and xh(t.id * 10 + t.k, 'hm') % 100 < 12,
                            (array['TIDAK_SEKOLAH', 'PAUD', 'SD', 'SMP', 'SMA', null])[1 + xh(t.id * 10 + t.k, 'js') % 6],
                            (array['TIDAK_BELUM_SEKOLAH', 'SD', 'SMP', 'SMA', 'S1', null])[1 + xh(t.id * 10 + t.k, 'pd') % 6],
                            (array['BELUM_KAWIN', 'KAWIN', 'CERAI_MATI', null])[1 + xh(t.id * 10 + t.k, 'sk') % 4],
                            (array['TIDAK_ADA', 'TIDAK_ADA', 'TIDAK_ADA', 'RINGAN', 'SEDANG', 'BERAT'])[1 + xh(t.id * 10 + t.k, 'ds') % 6],
                            (array['BURUH TANI', 'buruh tani ', ' Nelayan', 'PETANI', 'PEDAGANG', null])[1 + xh(t.id * 10 + t.k, 'pk') % 6],
                            case when xh(t.id * 10 + t.k, 'ph') % 10 = 0 then null else (xh(t.id * 10 + t.k, 'ph') % 40) * 100000 end,
                            null, t.kabkota_code, t.desa_code, now(), now()
                        from traits t
                        returning id, nama, tanggal_lahir, kabkota_code)
                insert into household_member (household_id, person_id, hubungan_keluarga, valid_from, valid_to, end_reason,
                    kabkota_code)
                select split_part(nama, ' ', 2)::bigint, id,
                    case when split_part(nama, ' ', 3) = '1' and xh(split_part(nama, ' ', 2)::bigint, 'kk') % 30 > 0
                              then 'KEPALA KELUARGA'
                         when split_part(nama, ' ', 3) = '2' then 'ISTRI'
                         else (array['ANAK', 'ANAK', 'CUCU', 'ORANG TUA', 'FAMILI LAIN'])[1 + xh(id, 'hb') % 5] end,
                    date '2020-01-01',
                    case when split_part(nama, ' ', 3) <> '1' and xh(id, 'vt') % 30 = 0 then date '2025-06-01' end,
                    case when split_part(nama, ' ', 3) <> '1' and xh(id, 'vt') % 30 = 0 then 'PINDAH' end,
                    kabkota_code
                from people
                """).param("from", range.from()).param("to", range.to()).param("base", base).update();
        // some members have died (their membership not yet ended: the rules must skip them anyway)
        jdbc.sql("""
                update person p set tanggal_meninggal = coalesce(p.tanggal_lahir, date '2025-01-01')
                from household_member m
                where m.person_id = p.id and m.household_id between :from and :to and xh(p.id, 'dead') % 40 = 0
                """).param("from", range.from()).param("to", range.to()).update();
        jdbc.sql("""
                insert into household_rank (household_id, kabkota_code, score, desil, weights_version, computed_at)
                select id, kabkota_code, (xh(id, 'sc') % 100000) / 1000.0, 1 + xh(id, 'de') % 10, 1, now()
                from household where id between :from and :to and xh(id, 'rk') % 100 < 85
                """).param("from", range.from()).param("to", range.to()).update();
        // a live registry has statistics; without them the planner takes 10,000 new families for
        // a handful and picks nested loops that take minutes
        jdbc.sql("analyze household, person, household_member, household_rank").update();
        return range;
    }

    /** A deterministic non-negative hash of a row number and a salt (the test's stand-in for random()). */
    public static void createHash(JdbcClient jdbc) {
        jdbc.sql("""
                create or replace function xh(g bigint, salt text) returns integer
                    language sql immutable return abs(hashtext(g::text || ':' || salt) % 1000000)
                """).update();
    }
}
