package id.jaring.registry;

import static id.jaring.registry.Sql.*;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of {@code person_merge} and the set-based moves of provenance that a merge and its
 * undoing make. The undo snapshot is built and read back by PostgreSQL itself ({@code to_jsonb}
 * of the rows, {@code jsonb_populate_record} to restore them), so a restored row is exactly the
 * row that was there: no column is forgotten by a Java mapping, timestamps keep their microseconds.
 * Callers check roles and scope; these statements are by id.
 */
@Repository
class PersonMerges {

    private static final String VIEW_COLUMNS = """
            m.id, m.survivor_id, m.duplicate_id, m.reason, m.merged_by, m.merged_at, m.unmerge_reason, m.unmerged_by,
            m.unmerged_at
            """;

    /** Everything an undo needs, taken before the merge changes anything (see the migration). */
    private static final String SNAPSHOT = """
            jsonb_build_object(
                'survivor', (select to_jsonb(p) - 'nama_search' from person p where p.id = :survivor),
                'duplicate', (select to_jsonb(p) - 'nama_search' from person p where p.id = :duplicate),
                'survivorSources', (select coalesce(jsonb_agg(to_jsonb(s) order by s.agency_code), '[]')
                                    from person_source s where s.person_id = :survivor),
                'duplicateSources', (select coalesce(jsonb_agg(to_jsonb(s) order by s.agency_code), '[]')
                                     from person_source s where s.person_id = :duplicate),
                'survivorConflicts', (select coalesce(jsonb_agg(to_jsonb(c) order by c.id), '[]')
                                      from person_conflict c where c.person_id = :survivor),
                'duplicateConflicts', (select coalesce(jsonb_agg(to_jsonb(c) order by c.id), '[]')
                                       from person_conflict c where c.person_id = :duplicate),
                'survivorMembership', (select to_jsonb(m) from household_member m
                                       where m.person_id = :survivor and m.valid_to is null),
                'duplicateMembership', (select to_jsonb(m) from household_member m
                                        where m.person_id = :duplicate and m.valid_to is null))
            """;

    /** The survivor's provenance slots, as keys that tell whether a slot changed since (compared as jsonb). */
    private static final String SOURCE_SLOTS = """
            (select coalesce(jsonb_agg(jsonb_build_object('agency_code', s.agency_code, 'batch_id', s.batch_id,
                        'row_number', s.row_number, 'us', (extract(epoch from s.received_at) * 1000000)::bigint)
                        order by s.agency_code), '[]')
             from person_source s where s.person_id = :survivor)
            """;

    private final JdbcClient jdbc;

    PersonMerges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What an undo needs to know about a merge, besides its snapshot (read in SQL). */
    record Row(PersonMergeView view, Long createdMembershipId, Long promotedMembershipId, boolean survivorTookNik,
            Long duplicateMembershipId, Long duplicateHouseholdId, String duplicateHubungan, String survivorHubungan,
            String survivorNikBefore, boolean survivorUnchanged) {
    }

    /** Records the merge with its snapshot, before anything moves. */
    long insert(long survivorId, long duplicateId, String reason, String evidenceJson, String by, Instant at,
            String kabKotaCode) {
        return jdbc.sql("""
                insert into person_merge (survivor_id, duplicate_id, reason, evidence, merged_by, merged_at, snapshot,
                                          kabkota_code)
                values (:survivor, :duplicate, :reason, cast(:evidence as jsonb), :by, :at, %s, :kabkota)
                returning id
                """.formatted(SNAPSHOT))
                .param("survivor", survivorId).param("duplicate", duplicateId).param("reason", reason)
                .param("evidence", evidenceJson, Types.VARCHAR).param("by", by).param("at", timestamp(at))
                .param("kabkota", kabKotaCode, Types.VARCHAR)
                .query(Long.class).single();
    }

    /** Notes what the merge left behind, so that an undo can tell what changed since. */
    void recordAfter(long mergeId, long survivorId, Long createdMembershipId, Long promotedMembershipId,
            boolean survivorTookNik) {
        jdbc.sql("""
                update person_merge set snapshot = snapshot || jsonb_build_object('after', jsonb_build_object(
                    'survivorVersion', (select version from person where id = :survivor),
                    'survivorSources', %s,
                    'createdMembershipId', cast(:created as bigint), 'promotedMembershipId', cast(:promoted as bigint),
                    'survivorTookNik', :tookNik))
                where id = :id
                """.formatted(SOURCE_SLOTS))
                .param("survivor", survivorId).param("created", createdMembershipId, Types.BIGINT)
                .param("promoted", promotedMembershipId, Types.BIGINT).param("tookNik", survivorTookNik)
                .param("id", mergeId).update();
    }

    /**
     * Moves the duplicate's provenance to the survivor. Where both have a row of the same agency,
     * the more recently received one keeps the slot (the survivor's on a tie); the other stays only
     * in the snapshot. The duplicate's conflicts go (into the snapshot): its sources are now the
     * survivor's, whose conflicts are recomputed.
     */
    void moveProvenance(long survivorId, long duplicateId) {
        jdbc.sql("""
                delete from person_source s using person_source d
                where s.person_id = :survivor and d.person_id = :duplicate and d.agency_code = s.agency_code
                  and d.received_at > s.received_at
                """).param("survivor", survivorId).param("duplicate", duplicateId).update();
        jdbc.sql("""
                delete from person_source d using person_source s
                where d.person_id = :duplicate and s.person_id = :survivor and s.agency_code = d.agency_code
                """).param("survivor", survivorId).param("duplicate", duplicateId).update();
        jdbc.sql("update person_source set person_id = :survivor where person_id = :duplicate")
                .param("survivor", survivorId).param("duplicate", duplicateId).update();
        jdbc.sql("delete from person_conflict where person_id = :duplicate").param("duplicate", duplicateId).update();
    }

    /** The merge, locked for its undo; empty when it does not exist. */
    Optional<Row> lock(long mergeId) {
        return jdbc.sql("""
                select %s,
                       (m.snapshot -> 'after' ->> 'createdMembershipId')::bigint created_membership,
                       (m.snapshot -> 'after' ->> 'promotedMembershipId')::bigint promoted_membership,
                       coalesce((m.snapshot -> 'after' ->> 'survivorTookNik')::boolean, false) took_nik,
                       (m.snapshot -> 'duplicateMembership' ->> 'id')::bigint dup_membership,
                       (m.snapshot -> 'duplicateMembership' ->> 'household_id')::bigint dup_household,
                       m.snapshot -> 'duplicateMembership' ->> 'hubungan_keluarga' dup_hubungan,
                       m.snapshot -> 'survivorMembership' ->> 'hubungan_keluarga' survivor_hubungan,
                       m.snapshot -> 'survivor' ->> 'nik' survivor_nik_before,
                       (select p.version from person p where p.id = m.survivor_id)
                           = (m.snapshot -> 'after' ->> 'survivorVersion')::bigint
                       and %s = m.snapshot -> 'after' -> 'survivorSources' survivor_unchanged
                from person_merge m where m.id = :id for update of m
                """.formatted(VIEW_COLUMNS, SOURCE_SLOTS.replace(":survivor", "m.survivor_id")))
                .param("id", mergeId)
                .query((rs, n) -> new Row(view(rs, n), longOrNull(rs, "created_membership"),
                        longOrNull(rs, "promoted_membership"), rs.getBoolean("took_nik"), longOrNull(rs, "dup_membership"),
                        longOrNull(rs, "dup_household"), rs.getString("dup_hubungan"), rs.getString("survivor_hubungan"),
                        rs.getString("survivor_nik_before"),
                        rs.getBoolean("survivor_unchanged")))
                .optional();
    }

    /**
     * Gives the duplicate its provenance back. The survivor's slots that still hold what the
     * merge left go back to the survivor's own row from before (or away, when it had none);
     * slots that changed since (a later batch) stay. Then the duplicate's own rows and
     * conflicts return as they were.
     */
    void restoreProvenance(long mergeId, long survivorId, long duplicateId) {
        List<String> reverted = jdbc.sql("""
                delete from person_source s
                using person_merge m, jsonb_to_recordset(m.snapshot -> 'after' -> 'survivorSources')
                      a(agency_code text, batch_id bigint, row_number bigint, us bigint)
                where m.id = :merge and s.person_id = :survivor and s.agency_code = a.agency_code
                  and s.batch_id = a.batch_id and s.row_number = a.row_number
                  and (extract(epoch from s.received_at) * 1000000)::bigint = a.us
                returning s.agency_code
                """).param("merge", mergeId).param("survivor", survivorId).query(String.class).list();
        jdbc.sql("""
                insert into person_source
                select (jsonb_populate_record(null::person_source, e)).*
                from person_merge m, jsonb_array_elements(m.snapshot -> 'survivorSources') e
                where m.id = :merge and e ->> 'agency_code' = any (cast(:agencies as text[]))
                """).param("merge", mergeId).param("agencies", reverted.toArray(String[]::new)).update();
        jdbc.sql("""
                insert into person_source
                select (jsonb_populate_record(null::person_source, e)).*
                from person_merge m, jsonb_array_elements(m.snapshot -> 'duplicateSources') e
                where m.id = :merge
                """).param("merge", mergeId).update();
        jdbc.sql("""
                insert into person_conflict
                select (jsonb_populate_record(null::person_conflict, e)).*
                from person_merge m, jsonb_array_elements(m.snapshot -> 'duplicateConflicts') e
                where m.id = :merge
                """).param("merge", mergeId).update();
    }

    /** The survivor's golden values, region and conflicts exactly as before the merge. */
    void restoreSurvivor(long mergeId, long survivorId, Instant now) {
        jdbc.sql("""
                update person p set nik = s.nik, nama = s.nama, jenis_kelamin = s.jenis_kelamin,
                    tempat_lahir = s.tempat_lahir, tanggal_lahir = s.tanggal_lahir, nama_ibu_kandung = s.nama_ibu_kandung,
                    pendidikan_terakhir = s.pendidikan_terakhir, jenjang_sekolah = s.jenjang_sekolah,
                    status_kawin = s.status_kawin, hamil = s.hamil, hpl = s.hpl, disabilitas = s.disabilitas,
                    pekerjaan = s.pekerjaan, penghasilan_bulanan = s.penghasilan_bulanan,
                    tanggal_meninggal = s.tanggal_meninggal, kabkota_code = s.kabkota_code, desa_code = s.desa_code,
                    updated_at = :now, version = p.version + 1
                from person_merge m, jsonb_populate_record(null::person, m.snapshot -> 'survivor') s
                where m.id = :merge and p.id = :survivor
                """).param("merge", mergeId).param("survivor", survivorId).param("now", timestamp(now)).update();
        jdbc.sql("delete from person_conflict where person_id = :survivor").param("survivor", survivorId).update();
        jdbc.sql("""
                insert into person_conflict
                select (jsonb_populate_record(null::person_conflict, e)).*
                from person_merge m, jsonb_array_elements(m.snapshot -> 'survivorConflicts') e
                where m.id = :merge
                """).param("merge", mergeId).update();
    }

    /** The survivor's region as before the merge (it had joined the duplicate's family). */
    void restoreSurvivorRegion(long mergeId, long survivorId, Instant now) {
        jdbc.sql("""
                update person p set kabkota_code = s.kabkota_code, desa_code = s.desa_code, updated_at = :now,
                    version = p.version + 1
                from person_merge m, jsonb_populate_record(null::person, m.snapshot -> 'survivor') s
                where m.id = :merge and p.id = :survivor
                """).param("merge", mergeId).param("survivor", survivorId).param("now", timestamp(now)).update();
    }

    /**
     * After {@link GoldenValues#recompute}: conflicts on attributes that no remaining source speaks
     * about have nothing left to disagree on.
     */
    void dropConflictsWithoutSources(long personId) {
        jdbc.sql("""
                delete from person_conflict c where c.person_id = :person
                  and not exists (select 1 from merge_attr a where a.person_id = c.person_id and a.attribute = c.attribute)
                """).param("person", personId).update();
    }

    void markUndone(long mergeId, String reason, String by, Instant at) {
        jdbc.sql("""
                update person_merge set unmerge_reason = :reason, unmerged_by = :by, unmerged_at = :at where id = :id
                """).param("reason", reason).param("by", by).param("at", timestamp(at)).param("id", mergeId).update();
    }

    Optional<PersonMergeView> find(long mergeId) {
        return jdbc.sql("select " + VIEW_COLUMNS + " from person_merge m where m.id = :id")
                .param("id", mergeId).query(PersonMerges::view).optional();
    }

    /** Merges the person took part in, as survivor or as duplicate, newest first. */
    List<PersonMergeView> ofPerson(long personId) {
        return jdbc.sql("""
                select %1$s from person_merge m where m.survivor_id = :person
                union all
                select %1$s from person_merge m where m.duplicate_id = :person
                order by merged_at desc, id desc
                """.formatted(VIEW_COLUMNS))
                .param("person", personId).query(PersonMerges::view).list();
    }

    private static PersonMergeView view(ResultSet rs, int n) throws SQLException {
        return new PersonMergeView(rs.getLong("id"), rs.getLong("survivor_id"), rs.getLong("duplicate_id"),
                rs.getString("reason"), rs.getString("merged_by"), instant(rs, "merged_at"),
                rs.getString("unmerge_reason"), rs.getString("unmerged_by"), instant(rs, "unmerged_at"));
    }
}
