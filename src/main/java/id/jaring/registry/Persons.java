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

/** Person rows. Every read takes the caller's scope and filters in SQL. */
@Repository
class Persons {

    static final String COLUMNS = """
            p.id, p.version, p.nik, p.nama, p.jenis_kelamin, p.tempat_lahir, p.tanggal_lahir, p.nama_ibu_kandung,
            p.pendidikan_terakhir, p.jenjang_sekolah, p.status_kawin, p.hamil, p.hpl, p.disabilitas, p.pekerjaan,
            p.penghasilan_bulanan, p.tanggal_meninggal, p.kabkota_code, p.desa_code, p.created_at, p.updated_at, p.merged_into
            """;

    private final JdbcClient jdbc;

    Persons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param mergedInto the survivor this record was merged into, or null */
    record Row(long id, long version, PersonData data, String kabKotaCode, String desaCode, Instant createdAt,
            Instant updatedAt, Long mergedInto) {

        boolean merged() {
            return mergedInto != null;
        }
    }

    long insert(PersonData d, String desaCode, Instant now) {
        return jdbc.sql("""
                insert into person (nik, nama, jenis_kelamin, tempat_lahir, tanggal_lahir, nama_ibu_kandung,
                    pendidikan_terakhir, jenjang_sekolah, status_kawin, hamil, hpl, disabilitas, pekerjaan,
                    penghasilan_bulanan, tanggal_meninggal, kabkota_code, desa_code, created_at, updated_at, version)
                values (:nik, :nama, :sex, :tempatLahir, :tanggalLahir, :ibu, :pendidikan, :sekolah, :kawin, :hamil,
                    :hpl, :disabilitas, :pekerjaan, :penghasilan, :meninggal, left(:desa, 5), :desa, :now, :now, 0)
                returning id
                """)
                .params(params(d))
                .param("desa", desaCode)
                .param("now", timestamp(now))
                .query(Long.class).single();
    }

    /** Updates the person's data when {@code version} is current; false when it is stale. */
    boolean update(long id, long version, PersonData d, Instant now) {
        return jdbc.sql("""
                update person set nik = :nik, nama = :nama, jenis_kelamin = :sex, tempat_lahir = :tempatLahir,
                    tanggal_lahir = :tanggalLahir, nama_ibu_kandung = :ibu, pendidikan_terakhir = :pendidikan,
                    jenjang_sekolah = :sekolah, status_kawin = :kawin, hamil = :hamil, hpl = :hpl,
                    disabilitas = :disabilitas, pekerjaan = :pekerjaan, penghasilan_bulanan = :penghasilan,
                    tanggal_meninggal = :meninggal, updated_at = :now, version = version + 1
                where id = :id and version = :version
                """)
                .params(params(d))
                .param("now", timestamp(now))
                .param("id", id)
                .param("version", version)
                .update() == 1;
    }

    /** The person now lives in another desa (moved to another family). */
    void relocate(long id, String desaCode, Instant now) {
        jdbc.sql("""
                update person set kabkota_code = left(:desa, 5), desa_code = :desa, updated_at = :now,
                    version = version + 1
                where id = :id
                """)
                .param("desa", desaCode).param("now", timestamp(now)).param("id", id).update();
    }

    /** Records a death (from the end of a membership with reason MENINGGAL). */
    void recordDeath(long id, java.time.LocalDate on, Instant now) {
        jdbc.sql("""
                update person set tanggal_meninggal = :on, hamil = false, hpl = null, updated_at = :now,
                    version = version + 1
                where id = :id
                """)
                .param("on", on).param("now", timestamp(now)).param("id", id).update();
    }

    /** The duplicate of a merge points at its survivor (and stops counting anywhere). */
    void markMerged(long id, long survivorId, Instant now) {
        jdbc.sql("update person set merged_into = :survivor, updated_at = :now, version = version + 1 where id = :id")
                .param("survivor", survivorId).param("now", timestamp(now)).param("id", id).update();
    }

    /** An undone merge: the record stands on its own again. */
    void unmarkMerged(long id, Instant now) {
        jdbc.sql("update person set merged_into = null, updated_at = :now, version = version + 1 where id = :id")
                .param("now", timestamp(now)).param("id", id).update();
    }

    void changeNik(long id, String nik, Instant now) {
        jdbc.sql("update person set nik = :nik, updated_at = :now, version = version + 1 where id = :id")
                .param("nik", nik, java.sql.Types.CHAR).param("now", timestamp(now)).param("id", id).update();
    }

    /** True when a living, unmerged person other than the two given ids has this NIK. */
    boolean nikHeldByOther(String nik, long exceptId, Long alsoExceptId) {
        return jdbc.sql("""
                select exists (select 1 from person where nik = :nik and tanggal_meninggal is null and merged_into is null
                                                      and id <> :except and id <> :alsoExcept)
                """)
                .param("nik", nik.strip()).param("except", exceptId)
                .param("alsoExcept", alsoExceptId == null ? -1L : alsoExceptId)
                .query(Boolean.class).single();
    }

    Optional<Row> find(long id, Scope scope) {
        ScopeFilter f = ScopeFilter.of(scope, "p");
        return jdbc.sql("select " + COLUMNS + " from person p where p.id = :id and " + f.sql())
                .params(f.params())
                .param("id", id)
                .query(Persons::row).optional();
    }

    Optional<Row> lock(long id, Scope scope) {
        ScopeFilter f = ScopeFilter.of(scope, "p");
        return jdbc.sql("select " + COLUMNS + " from person p where p.id = :id and " + f.sql() + " for update")
                .params(f.params())
                .param("id", id)
                .query(Persons::row).optional();
    }

    /** True when a living person other than {@code exceptId} has this NIK (merged records do not count). */
    boolean nikTaken(String nik, Long exceptId) {
        return jdbc.sql("""
                select exists (select 1 from person where nik = :nik and tanggal_meninggal is null and merged_into is null
                                                      and id <> :except)
                """)
                .param("nik", nik.strip())
                .param("except", exceptId == null ? -1L : exceptId)
                .query(Boolean.class).single();
    }

    static Map<String, Object> state(PersonData d, String desaCode) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nik", strip(d.nik()));
        out.put("nama", d.nama());
        out.put("jenis_kelamin", name(d.jenisKelamin()));
        out.put("tempat_lahir", d.tempatLahir());
        out.put("tanggal_lahir", str(d.tanggalLahir()));
        out.put("nama_ibu_kandung", d.namaIbuKandung());
        out.put("pendidikan_terakhir", name(d.pendidikanTerakhir()));
        out.put("jenjang_sekolah", name(d.jenjangSekolah()));
        out.put("status_kawin", name(d.statusKawin()));
        out.put("hamil", d.hamil());
        out.put("hpl", str(d.hpl()));
        out.put("disabilitas", name(d.disabilitas()));
        out.put("pekerjaan", d.pekerjaan());
        out.put("penghasilan_bulanan", d.penghasilanBulanan());
        out.put("tanggal_meninggal", str(d.tanggalMeninggal()));
        out.put("desa_code", desaCode);
        return out;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static Map<String, Object> params(PersonData d) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("nik", strip(d.nik()));
        p.put("nama", d.nama().strip());
        p.put("sex", name(d.jenisKelamin()));
        p.put("tempatLahir", strip(d.tempatLahir()));
        p.put("tanggalLahir", d.tanggalLahir());
        p.put("ibu", strip(d.namaIbuKandung()));
        p.put("pendidikan", name(d.pendidikanTerakhir()));
        p.put("sekolah", name(d.jenjangSekolah()));
        p.put("kawin", name(d.statusKawin()));
        p.put("hamil", d.hamil());
        p.put("hpl", d.hpl());
        p.put("disabilitas", name(d.disabilitas()));
        p.put("pekerjaan", strip(d.pekerjaan()));
        p.put("penghasilan", d.penghasilanBulanan());
        p.put("meninggal", d.tanggalMeninggal());
        return p;
    }

    static PersonData data(ResultSet rs) throws SQLException {
        return new PersonData(rs.getString("nik"), rs.getString("nama"), Sex.valueOf(rs.getString("jenis_kelamin")),
                rs.getString("tempat_lahir"), date(rs, "tanggal_lahir"), rs.getString("nama_ibu_kandung"),
                enumOf(Education.class, rs.getString("pendidikan_terakhir")),
                enumOf(SchoolEnrolment.class, rs.getString("jenjang_sekolah")),
                enumOf(MaritalStatus.class, rs.getString("status_kawin")), rs.getBoolean("hamil"), date(rs, "hpl"),
                enumOf(Disability.class, rs.getString("disabilitas")), rs.getString("pekerjaan"),
                longOrNull(rs, "penghasilan_bulanan"), date(rs, "tanggal_meninggal"));
    }

    static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("version"), data(rs), rs.getString("kabkota_code"),
                rs.getString("desa_code"), instant(rs, "created_at"), instant(rs, "updated_at"),
                longOrNull(rs, "merged_into"));
    }
}
