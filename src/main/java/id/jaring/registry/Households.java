package id.jaring.registry;

import static id.jaring.registry.Sql.*;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.jaring.access.Scope;
import id.jaring.access.ScopeFilter;

/** Family rows. Every read takes the caller's scope and filters in SQL. */
@Repository
class Households {

    static final String COLUMNS = """
            h.id, h.version, h.no_kk, h.kabkota_code, h.desa_code, h.alamat, h.rt, h.rw, h.status_bangunan,
            h.luas_lantai_m2, h.jenis_lantai, h.jenis_dinding, h.jenis_atap, h.sumber_air_minum, h.sumber_penerangan,
            h.daya_listrik_va, h.bahan_bakar_memasak, h.fasilitas_bab, h.aset_lahan, h.aset_ternak, h.aset_motor,
            h.aset_mobil, h.aset_kulkas, h.aset_emas, h.aset_tabungan, h.status, h.created_at, h.updated_at
            """;

    private final JdbcClient jdbc;

    Households(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A family row without its members. */
    record Row(long id, long version, String noKk, String kabKotaCode, String desaCode, String alamat, String rt,
            String rw, Welfare welfare, HouseholdStatus status, Instant createdAt, Instant updatedAt) {

        HouseholdData data() {
            return new HouseholdData(noKk, desaCode, alamat, rt, rw, welfare);
        }
    }

    long insert(HouseholdData d, String desaCode, Instant now) {
        return jdbc.sql("""
                insert into household (no_kk, kabkota_code, desa_code, alamat, rt, rw, status_bangunan, luas_lantai_m2,
                    jenis_lantai, jenis_dinding, jenis_atap, sumber_air_minum, sumber_penerangan, daya_listrik_va,
                    bahan_bakar_memasak, fasilitas_bab, aset_lahan, aset_ternak, aset_motor, aset_mobil, aset_kulkas,
                    aset_emas, aset_tabungan, status, created_at, updated_at, version)
                values (:noKk, left(:desa, 5), :desa, :alamat, :rt, :rw, :statusBangunan, :luasLantai,
                    :jenisLantai, :jenisDinding, :jenisAtap, :air, :penerangan, :daya,
                    :bahanBakar, :bab, :lahan, :ternak, :motor, :mobil, :kulkas,
                    :emas, :tabungan, 'AKTIF', :now, :now, 0)
                returning id
                """)
                .params(params(d, desaCode))
                .param("now", timestamp(now))
                .query(Long.class).single();
    }

    /** Updates when {@code version} is still current; false when it is stale. */
    boolean update(long id, long version, HouseholdData d, String desaCode, HouseholdStatus status, Instant now) {
        return jdbc.sql("""
                update household set no_kk = :noKk, kabkota_code = left(:desa, 5), desa_code = :desa, alamat = :alamat,
                    rt = :rt, rw = :rw, status_bangunan = :statusBangunan, luas_lantai_m2 = :luasLantai,
                    jenis_lantai = :jenisLantai, jenis_dinding = :jenisDinding, jenis_atap = :jenisAtap,
                    sumber_air_minum = :air, sumber_penerangan = :penerangan, daya_listrik_va = :daya,
                    bahan_bakar_memasak = :bahanBakar, fasilitas_bab = :bab, aset_lahan = :lahan,
                    aset_ternak = :ternak, aset_motor = :motor, aset_mobil = :mobil, aset_kulkas = :kulkas,
                    aset_emas = :emas, aset_tabungan = :tabungan, status = :status, updated_at = :now,
                    version = version + 1
                where id = :id and version = :version
                """)
                .params(params(d, desaCode))
                .param("status", status.name())
                .param("now", timestamp(now))
                .param("id", id)
                .param("version", version)
                .update() == 1;
    }

    /** Marks a change made through the family's members, so concurrent editors notice it. */
    void touch(long id, Instant now) {
        jdbc.sql("update household set version = version + 1, updated_at = :now where id = :id")
                .param("now", timestamp(now)).param("id", id).update();
    }

    /** The family, if it exists and lies in the scope. */
    Optional<Row> find(long id, Scope scope) {
        ScopeFilter f = ScopeFilter.of(scope, "h");
        return jdbc.sql("select " + COLUMNS + " from household h where h.id = :id and " + f.sql())
                .params(f.params())
                .param("id", id)
                .query(Households::row).optional();
    }

    /** Locks the family row for a membership change (so two such changes cannot interleave). */
    Optional<Row> lock(long id, Scope scope) {
        ScopeFilter f = ScopeFilter.of(scope, "h");
        return jdbc.sql("select " + COLUMNS + " from household h where h.id = :id and " + f.sql() + " for update")
                .params(f.params())
                .param("id", id)
                .query(Households::row).optional();
    }

    /** True when an active family other than {@code exceptId} has this No. KK. */
    boolean noKkTaken(String noKk, Long exceptId) {
        return jdbc.sql("select exists (select 1 from household where no_kk = :noKk and status = 'AKTIF' and id <> :except)")
                .param("noKk", noKk)
                .param("except", exceptId == null ? -1L : exceptId)
                .query(Boolean.class).single();
    }

    /** The audited state: column name to value. */
    static Map<String, Object> state(Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("no_kk", r.noKk());
        m.put("kabkota_code", r.kabKotaCode());
        m.put("desa_code", r.desaCode());
        m.put("alamat", r.alamat());
        m.put("rt", r.rt());
        m.put("rw", r.rw());
        Welfare w = r.welfare();
        m.put("status_bangunan", name(w.statusBangunan()));
        m.put("luas_lantai_m2", w.luasLantaiM2());
        m.put("jenis_lantai", name(w.jenisLantai()));
        m.put("jenis_dinding", name(w.jenisDinding()));
        m.put("jenis_atap", name(w.jenisAtap()));
        m.put("sumber_air_minum", name(w.sumberAirMinum()));
        m.put("sumber_penerangan", name(w.sumberPenerangan()));
        m.put("daya_listrik_va", w.dayaListrikVa());
        m.put("bahan_bakar_memasak", name(w.bahanBakarMemasak()));
        m.put("fasilitas_bab", name(w.fasilitasBab()));
        m.put("aset_lahan", w.asetLahan());
        m.put("aset_ternak", w.asetTernak());
        m.put("aset_motor", w.asetMotor());
        m.put("aset_mobil", w.asetMobil());
        m.put("aset_kulkas", w.asetKulkas());
        m.put("aset_emas", w.asetEmas());
        m.put("aset_tabungan", w.asetTabungan());
        m.put("status", r.status().name());
        return m;
    }

    private static Map<String, Object> params(HouseholdData d, String desaCode) {
        Welfare w = d.welfare();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("noKk", d.noKk().strip());
        p.put("desa", desaCode);
        p.put("alamat", d.alamat().strip());
        p.put("rt", unit(d.rt()));
        p.put("rw", unit(d.rw()));
        p.put("statusBangunan", name(w.statusBangunan()));
        p.put("luasLantai", w.luasLantaiM2());
        p.put("jenisLantai", name(w.jenisLantai()));
        p.put("jenisDinding", name(w.jenisDinding()));
        p.put("jenisAtap", name(w.jenisAtap()));
        p.put("air", name(w.sumberAirMinum()));
        p.put("penerangan", name(w.sumberPenerangan()));
        p.put("daya", w.dayaListrikVa());
        p.put("bahanBakar", name(w.bahanBakarMemasak()));
        p.put("bab", name(w.fasilitasBab()));
        p.put("lahan", w.asetLahan());
        p.put("ternak", w.asetTernak());
        p.put("motor", w.asetMotor());
        p.put("mobil", w.asetMobil());
        p.put("kulkas", w.asetKulkas());
        p.put("emas", w.asetEmas());
        p.put("tabungan", w.asetTabungan());
        return p;
    }

    static Row row(ResultSet rs, int n) throws SQLException {
        Welfare w = new Welfare(
                enumOf(Welfare.Tenure.class, rs.getString("status_bangunan")),
                integer(rs, "luas_lantai_m2"),
                enumOf(Welfare.Floor.class, rs.getString("jenis_lantai")),
                enumOf(Welfare.Wall.class, rs.getString("jenis_dinding")),
                enumOf(Welfare.Roof.class, rs.getString("jenis_atap")),
                enumOf(Welfare.WaterSource.class, rs.getString("sumber_air_minum")),
                enumOf(Welfare.Lighting.class, rs.getString("sumber_penerangan")),
                integer(rs, "daya_listrik_va"),
                enumOf(Welfare.CookingFuel.class, rs.getString("bahan_bakar_memasak")),
                enumOf(Welfare.Toilet.class, rs.getString("fasilitas_bab")),
                bool(rs, "aset_lahan"),
                integer(rs, "aset_ternak"),
                integer(rs, "aset_motor"),
                integer(rs, "aset_mobil"),
                integer(rs, "aset_kulkas"),
                bool(rs, "aset_emas"),
                bool(rs, "aset_tabungan"));
        return new Row(rs.getLong("id"), rs.getLong("version"), rs.getString("no_kk"), rs.getString("kabkota_code"),
                rs.getString("desa_code"), rs.getString("alamat"), rs.getString("rt"), rs.getString("rw"), w,
                HouseholdStatus.valueOf(rs.getString("status")), instant(rs, "created_at"), instant(rs, "updated_at"));
    }
}
