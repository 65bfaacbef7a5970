package id.jaring.targeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.jaring.access.Scope;
import id.jaring.access.ScopeFilter;
import id.jaring.registry.Disability;
import id.jaring.registry.Education;
import id.jaring.registry.HouseholdStatus;
import id.jaring.registry.MaritalStatus;
import id.jaring.registry.Relationship;
import id.jaring.registry.SchoolEnrolment;
import id.jaring.registry.Sex;
import id.jaring.registry.Welfare;

/**
 * Loads families as the rule language sees them, straight from the registry's tables (read
 * only): household, its rank, and its current living members (head first). Scoped in SQL.
 */
@Repository
class FamilySnapshots {

    private static final String FAMILY = """
            select h.id, h.no_kk, h.kabkota_code, h.desa_code, h.status, h.status_bangunan, h.luas_lantai_m2,
                   h.jenis_lantai, h.jenis_dinding, h.jenis_atap, h.sumber_air_minum, h.sumber_penerangan,
                   h.daya_listrik_va, h.bahan_bakar_memasak, h.fasilitas_bab, h.aset_lahan, h.aset_ternak,
                   h.aset_motor, h.aset_mobil, h.aset_kulkas, h.aset_emas, h.aset_tabungan, r.desil, r.score
            from household h left join household_rank r on r.household_id = h.id
            """;
    private static final String MEMBERS = """
            select m.household_id, p.id, p.nama, m.hubungan_keluarga, p.jenis_kelamin, p.tanggal_lahir, p.hamil,
                   p.jenjang_sekolah, p.pendidikan_terakhir, p.disabilitas, p.pekerjaan, p.penghasilan_bulanan,
                   p.status_kawin
            from household_member m join person p on p.id = m.person_id
            where m.valid_to is null and p.tanggal_meninggal is null
            """;
    private static final String MEMBER_ORDER =
            " order by m.household_id, (m.hubungan_keluarga = 'KEPALA KELUARGA') desc, p.tanggal_lahir nulls last, p.id";

    private final JdbcClient jdbc;

    FamilySnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<FamilySnapshot> find(long householdId, Scope scope) {
        ScopeFilter s = ScopeFilter.of(scope, "h");
        return jdbc.sql(FAMILY + " where h.id = :id and " + s.sql()).params(s.params()).param("id", householdId)
                .query((rs, n) -> family(rs, members(householdId, householdId).getOrDefault(householdId, List.of())))
                .optional();
    }

    /** The families with these ids in the scope (the others are left out), in id order. */
    List<FamilySnapshot> findAll(Collection<Long> ids, Scope scope) {
        if (ids.isEmpty()) {
            return List.of();
        }
        ScopeFilter s = ScopeFilter.of(scope, "h");
        Map<Long, List<MemberSnapshot>> byFamily = new HashMap<>();
        jdbc.sql(MEMBERS + " and m.household_id in (:ids)" + MEMBER_ORDER).param("ids", ids)
                .query((ResultSet rs) -> {
                    byFamily.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(member(rs));
                });
        return jdbc.sql(FAMILY + " where h.id in (:ids) and " + s.sql() + " order by h.id").params(s.params())
                .param("ids", ids).query((rs, n) -> family(rs, byFamily.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    /** The id of the ACTIVE family with this No. KK in the scope (or, failing that, the latest one). */
    Optional<Long> idOfNoKk(String noKk, Scope scope) {
        ScopeFilter s = ScopeFilter.of(scope, "h");
        return jdbc.sql("select h.id from household h where h.no_kk = :noKk and " + s.sql()
                        + " order by (h.status = 'AKTIF') desc, h.id desc limit 1")
                .params(s.params()).param("noKk", noKk).query(Long.class).optional();
    }

    /** Every family with an id in [from, to], unscoped: for tests and batch checks. */
    List<FamilySnapshot> range(long from, long to) {
        Map<Long, List<MemberSnapshot>> members = members(from, to);
        return jdbc.sql(FAMILY + " where h.id between :from and :to order by h.id").param("from", from).param("to", to)
                .query((rs, n) -> family(rs, members.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    private Map<Long, List<MemberSnapshot>> members(long from, long to) {
        Map<Long, List<MemberSnapshot>> byFamily = new HashMap<>();
        jdbc.sql(MEMBERS + " and m.household_id between :from and :to" + MEMBER_ORDER)
                .param("from", from).param("to", to)
                .query((ResultSet rs) -> {
                    byFamily.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(member(rs));
                });
        return byFamily;
    }

    private static MemberSnapshot member(ResultSet rs) throws SQLException {
        return new MemberSnapshot(rs.getLong(2), rs.getString(3), Relationship.fromLabel(rs.getString(4)),
                Sex.valueOf(rs.getString(5).strip()), rs.getObject(6, java.time.LocalDate.class), rs.getBoolean(7),
                code(SchoolEnrolment.class, rs.getString(8)), code(Education.class, rs.getString(9)),
                code(Disability.class, rs.getString(10)), rs.getString(11), (Long) rs.getObject(12, Long.class),
                code(MaritalStatus.class, rs.getString(13)));
    }

    private static FamilySnapshot family(ResultSet rs, List<MemberSnapshot> members) throws SQLException {
        Welfare welfare = new Welfare(code(Welfare.Tenure.class, rs.getString("status_bangunan")),
                integer(rs, "luas_lantai_m2"), code(Welfare.Floor.class, rs.getString("jenis_lantai")),
                code(Welfare.Wall.class, rs.getString("jenis_dinding")), code(Welfare.Roof.class, rs.getString("jenis_atap")),
                code(Welfare.WaterSource.class, rs.getString("sumber_air_minum")),
                code(Welfare.Lighting.class, rs.getString("sumber_penerangan")), integer(rs, "daya_listrik_va"),
                code(Welfare.CookingFuel.class, rs.getString("bahan_bakar_memasak")),
                code(Welfare.Toilet.class, rs.getString("fasilitas_bab")), bool(rs, "aset_lahan"),
                integer(rs, "aset_ternak"), integer(rs, "aset_motor"), integer(rs, "aset_mobil"),
                integer(rs, "aset_kulkas"), bool(rs, "aset_emas"), bool(rs, "aset_tabungan"));
        return new FamilySnapshot(rs.getLong("id"), rs.getString("no_kk"), rs.getString("kabkota_code"),
                rs.getString("desa_code"), HouseholdStatus.valueOf(rs.getString("status")), welfare,
                integer(rs, "desil"), rs.getBigDecimal("score"), members);
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean v = rs.getBoolean(column);
        return rs.wasNull() ? null : v;
    }

    private static <E extends Enum<E>> E code(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
