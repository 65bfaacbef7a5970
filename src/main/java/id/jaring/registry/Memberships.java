package id.jaring.registry;

import static id.jaring.registry.Sql.*;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.jaring.access.Scope;
import id.jaring.access.ScopeFilter;

/**
 * Who belongs to which family, over time. Callers check the scope of the family or person
 * first; these queries are by id.
 */
@Repository
class Memberships {

    private static final String VIEW = """
            select m.id, m.household_id, h.no_kk, m.person_id, p.nama, m.hubungan_keluarga, m.valid_from, m.valid_to,
                   m.end_reason
            from household_member m join household h on h.id = m.household_id join person p on p.id = m.person_id
            """;

    private final JdbcClient jdbc;

    Memberships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long householdId, long personId, Relationship hubungan, LocalDate from, String kabKotaCode) {
        return jdbc.sql("""
                insert into household_member (household_id, person_id, hubungan_keluarga, valid_from, kabkota_code)
                values (:household, :person, :hubungan, :from, :kabkota) returning id
                """)
                .param("household", householdId).param("person", personId).param("hubungan", hubungan.label())
                .param("from", from).param("kabkota", kabKotaCode)
                .query(Long.class).single();
    }

    void end(long membershipId, LocalDate to, MembershipEnd reason) {
        jdbc.sql("update household_member set valid_to = :to, end_reason = :reason where id = :id and valid_to is null")
                .param("to", to).param("reason", reason.name()).param("id", membershipId).update();
    }

    /** Undoes the end of a membership (an undone person merge); the caller checks the slots are free. */
    void reopen(long membershipId) {
        jdbc.sql("update household_member set valid_to = null, end_reason = null where id = :id and valid_to is not null")
                .param("id", membershipId).update();
    }

    /** Removes a membership that should never have been (one a person merge created, now undone). */
    void delete(long membershipId) {
        jdbc.sql("delete from household_member where id = :id").param("id", membershipId).update();
    }

    void changeRelationship(long membershipId, Relationship hubungan) {
        jdbc.sql("update household_member set hubungan_keluarga = :hubungan where id = :id and valid_to is null")
                .param("hubungan", hubungan.label()).param("id", membershipId).update();
    }

    Optional<MembershipView> current(long personId) {
        return jdbc.sql(VIEW + " where m.person_id = :person and m.valid_to is null")
                .param("person", personId).query(Memberships::view).optional();
    }

    /** Current members, the head first, then by age (oldest first). */
    List<MemberView> currentMembers(long householdId) {
        return jdbc.sql("""
                select p.id, p.nik, p.nama, p.jenis_kelamin, p.tanggal_lahir, m.hubungan_keluarga, m.valid_from
                from household_member m join person p on p.id = m.person_id
                where m.household_id = :household and m.valid_to is null
                order by m.hubungan_keluarga <> 'KEPALA KELUARGA', p.tanggal_lahir nulls last, p.id
                """)
                .param("household", householdId)
                .query((rs, n) -> new MemberView(rs.getLong("id"), rs.getString("nik"), rs.getString("nama"),
                        Sex.valueOf(rs.getString("jenis_kelamin")), date(rs, "tanggal_lahir"),
                        Relationship.fromLabel(rs.getString("hubungan_keluarga")), date(rs, "valid_from")))
                .list();
    }

    List<MembershipView> ofHousehold(long householdId) {
        return jdbc.sql(VIEW + " where m.household_id = :household order by m.valid_from, m.id")
                .param("household", householdId).query(Memberships::view).list();
    }

    /** Every membership of each family in the scope, past and current, oldest first per family. */
    Map<Long, List<MembershipView>> ofHouseholds(Collection<Long> householdIds, Scope scope) {
        Map<Long, List<MembershipView>> byFamily = new HashMap<>();
        if (householdIds.isEmpty()) {
            return byFamily;
        }
        ScopeFilter s = ScopeFilter.of(scope, "h");
        jdbc.sql(VIEW + " where m.household_id in (:households) and " + s.sql() + " order by m.household_id, m.valid_from, m.id")
                .param("households", householdIds).params(s.params())
                .query(Memberships::view).list()
                .forEach(v -> byFamily.computeIfAbsent(v.householdId(), k -> new ArrayList<>()).add(v));
        return byFamily;
    }

    List<MembershipView> ofPerson(long personId) {
        return jdbc.sql(VIEW + " where m.person_id = :person order by m.valid_from, m.id")
                .param("person", personId).query(Memberships::view).list();
    }

    static Map<String, Object> state(long householdId, long personId, Relationship hubungan, LocalDate from,
            LocalDate to, MembershipEnd reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("household_id", householdId);
        m.put("person_id", personId);
        m.put("hubungan_keluarga", hubungan.label());
        m.put("valid_from", from.toString());
        m.put("valid_to", to == null ? null : to.toString());
        m.put("end_reason", name(reason));
        return m;
    }

    static Map<String, Object> state(MembershipView v) {
        return state(v.householdId(), v.personId(), v.hubungan(), v.validFrom(), v.validTo(), v.endReason());
    }

    private static MembershipView view(ResultSet rs, int n) throws SQLException {
        return new MembershipView(rs.getLong("id"), rs.getLong("household_id"), rs.getString("no_kk"),
                rs.getLong("person_id"), rs.getString("nama"), Relationship.fromLabel(rs.getString("hubungan_keluarga")),
                date(rs, "valid_from"), date(rs, "valid_to"), enumOf(MembershipEnd.class, rs.getString("end_reason")));
    }
}
