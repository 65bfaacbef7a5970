package id.jaring.enrollment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.jaring.access.CurrentUser;
import id.jaring.access.Scope;
import id.jaring.access.ScopeFilter;

/**
 * Table {@code enrolment}. Every read carries the caller's region scope in its WHERE clause
 * ({@code kabkota_code} equality and {@code desa_code} prefix), never user text.
 */
@Repository
class EnrolmentRows {

    /** A row as stored; the programme code is added by the services. */
    record Row(long id, long programmeId, long householdId, String noKk, String kabKotaCode, String desaCode,
            EnrolmentStatus status, long proposedById, String proposedBy, Instant proposedAt, String proposalNote,
            String decidedBy, Instant decidedAt, String decisionReason, LocalDate startDate, LocalDate plannedEndDate,
            String eligibilityResult, LocalDate endDate, ExitKind exitKind, Integer slotNo, Long replacesEnrolmentId,
            String reentryOverrideReason, String reentryOverrideBy) {

        Enrolment view(String programmeCode) {
            return new Enrolment(id, programmeId, programmeCode, householdId, noKk, kabKotaCode, desaCode, status,
                    proposedBy, proposedAt, proposalNote, decidedBy, decidedAt, decisionReason, startDate, plannedEndDate,
                    eligibilityResult, endDate, exitKind, slotNo, replacesEnrolmentId, reentryOverrideReason,
                    reentryOverrideBy);
        }
    }

    private static final String COLUMNS = """
            select id, programme_id, household_id, no_kk, kabkota_code, desa_code, status, proposed_by_id, proposed_by,
                   proposed_at, proposal_note, decided_by, decided_at, decision_reason, start_date, planned_end_date,
                   eligibility_result::text as eligibility_result, end_date, exit_kind, slot_no, replaces_enrolment_id,
                   reentry_override_reason, reentry_override_by
            from enrolment e
            """;

    private final JdbcClient jdbc;

    EnrolmentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts a proposal; empty when the family is already proposed or enrolled in the programme
     * (the partial unique index decides, also against a concurrent proposal).
     */
    Optional<Long> insertProposal(NewProposal p, CurrentUser by, Instant at) {
        return jdbc.sql("""
                insert into enrolment (programme_id, household_id, no_kk, kabkota_code, desa_code, status, proposed_by_id,
                                       proposed_by, proposed_at, proposal_note, evidence, eligibility_result,
                                       replaces_enrolment_id, reentry_override_reason, reentry_override_by, updated_at)
                values (:p, :h, :kk, :kab, :desa, 'DIUSULKAN', :byId, :by, :at, :note, cast(:evidence as jsonb),
                        cast(:eligibility as jsonb), :replaces, :override, :overrideBy, :at)
                on conflict (programme_id, household_id) where status in ('DIUSULKAN', 'AKTIF') do nothing
                returning id
                """).param("p", p.programmeId()).param("h", p.householdId()).param("kk", p.noKk())
                .param("kab", p.kabKota()).param("desa", p.desa()).param("byId", by.id()).param("by", by.username())
                .param("at", Timestamp.from(at)).param("note", p.note()).param("evidence", p.evidenceJson())
                .param("eligibility", p.eligibilityJson()).param("replaces", p.replacesEnrolmentId())
                .param("override", p.reentryOverrideReason())
                .param("overrideBy", p.reentryOverrideReason() == null ? null : by.username())
                .query(Long.class).optional();
    }

    /** A proposal to insert. */
    record NewProposal(long programmeId, long householdId, String noKk, String kabKota, String desa, String note,
            String evidenceJson, String eligibilityJson, Long replacesEnrolmentId, String reentryOverrideReason) {
    }

    /** The enrolment, locked until the end of the transaction (a decision on it is being made). */
    Optional<Row> lock(long id, Scope scope) {
        return jdbc.sql(COLUMNS + " where e.id = :id and " + ScopeFilter.of(scope, "e").sql() + " for update")
                .param("id", id).params(ScopeFilter.of(scope, "e").params()).query(EnrolmentRows::map).optional();
    }

    /** The enrolments with these ids, locked in id order until the end of the transaction, unscoped (batch work). */
    List<Row> lockAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of()
                : jdbc.sql(COLUMNS + " where e.id in (:ids) order by e.id for update").param("ids", ids)
                        .query(EnrolmentRows::map).list();
    }

    Optional<Row> find(long id, Scope scope) {
        return jdbc.sql(COLUMNS + " where e.id = :id and " + ScopeFilter.of(scope, "e").sql())
                .param("id", id).params(ScopeFilter.of(scope, "e").params()).query(EnrolmentRows::map).optional();
    }

    boolean openExists(long programmeId, long householdId) {
        return jdbc.sql("""
                select exists (select 1 from enrolment where programme_id = :p and household_id = :h
                               and status in ('DIUSULKAN', 'AKTIF'))
                """).param("p", programmeId).param("h", householdId).query(Boolean.class).single();
    }

    void approve(long id, CurrentUser by, Instant at, LocalDate start, LocalDate plannedEnd, int slotNo,
            String evidenceJson, String eligibilityJson) {
        jdbc.sql("""
                update enrolment set status = 'AKTIF', decided_by_id = :byId, decided_by = :by, decided_at = :at,
                       start_date = :start, planned_end_date = :end, slot_no = :slot, evidence = cast(:evidence as jsonb),
                       eligibility_result = cast(:eligibility as jsonb), updated_at = :at
                where id = :id and status = 'DIUSULKAN'
                """).param("id", id).param("byId", by.id()).param("by", by.username()).param("at", Timestamp.from(at))
                .param("start", start).param("end", plannedEnd).param("slot", slotNo).param("evidence", evidenceJson)
                .param("eligibility", eligibilityJson).update();
    }

    /**
     * The slot an approval takes: {@code preferred} (the slot of the enrolment a replacement hands
     * on) when it is free and within the quota, else the lowest free number in 1..quota. Called
     * after {@code Quotas.takeSeat}, whose row lock keeps other approvals and exits of the programme
     * and kab/kota out until commit; the held slots are then fewer than the quota, so one is free.
     */
    int freeSlot(long programmeId, String kabKota, int quota, Integer preferred) {
        return jdbc.sql("""
                select n from generate_series(1, :quota) n
                where not exists (select 1 from enrolment e where e.programme_id = :p and e.kabkota_code = :kab
                                  and e.status = 'AKTIF' and e.slot_no = n)
                order by (n = :preferred) desc, n
                limit 1
                """).param("quota", quota).param("p", programmeId).param("kab", kabKota)
                .param("preferred", preferred == null ? 0 : preferred).query(Integer.class).optional()
                .orElseThrow(() -> new IllegalStateException("no free slot although a seat was taken"));
    }

    /** The slot number an enrolment holds or held (null: it never was a KPM). */
    Integer slotOf(long enrolmentId) {
        return jdbc.sql("select slot_no from enrolment where id = :id").param("id", enrolmentId)
                .query((rs, n) -> (Integer) rs.getObject(1)).optional().orElse(null);
    }

    /**
     * Ends an active enrolment (its slot number stays for the ledger; the unique index covers AKTIF only)
     * and keeps the family's desil of that day (targeting's household_rank) for the follow-up.
     */
    void end(long id, LocalDate endDate, ExitKind kind, Instant at) {
        int updated = jdbc.sql("""
                update enrolment set status = 'SELESAI', end_date = :end, exit_kind = :kind, updated_at = :at,
                       desil_at_end = (select r.desil from household_rank r where r.household_id = enrolment.household_id)
                where id = :id and status = 'AKTIF'
                """).param("id", id).param("end", endDate).param("kind", kind.name()).param("at", Timestamp.from(at))
                .update();
        if (updated != 1) {
            throw new IllegalStateException("enrolment " + id + " is not active");
        }
    }

    /** The end date of the family's latest graduation (MANDIRI, ALAMIAH, BATAS_WAKTU) from the programme. */
    Optional<LocalDate> lastGraduation(long programmeId, long householdId) {
        return jdbc.sql("""
                select max(end_date) from enrolment
                where programme_id = :p and household_id = :h and status = 'SELESAI'
                  and exit_kind in %s
                """.formatted(ExitKind.GRADUATIONS_SQL)).param("p", programmeId).param("h", householdId).query(LocalDate.class).optional();
    }

    /** Whether a replacement for the ended enrolment is proposed or enrolled already. */
    boolean openReplacementExists(long replacedId) {
        return jdbc.sql("""
                select exists (select 1 from enrolment where replaces_enrolment_id = :r and status in ('DIUSULKAN', 'AKTIF'))
                """).param("r", replacedId).query(Boolean.class).single();
    }

    /** The families whose replacement proposal for the ended enrolment was rejected (not to be proposed again for it). */
    List<Long> rejectedReplacements(long replacedId) {
        return jdbc.sql("select household_id from enrolment where replaces_enrolment_id = :r and status = 'DITOLAK'")
                .param("r", replacedId).query(Long.class).list();
    }

    /** The proposals and enrolments that hand on the slot of the ended enrolment, within the scope, oldest first. */
    List<Row> replacementsOf(long replacedId, Scope scope) {
        return jdbc.sql(COLUMNS + " where e.replaces_enrolment_id = :r and " + ScopeFilter.of(scope, "e").sql()
                + " order by e.id").param("r", replacedId).params(ScopeFilter.of(scope, "e").params())
                .query(EnrolmentRows::map).list();
    }

    void reject(long id, CurrentUser by, Instant at, String reason) {
        jdbc.sql("""
                update enrolment set status = 'DITOLAK', decided_by_id = :byId, decided_by = :by, decided_at = :at,
                       decision_reason = :reason, updated_at = :at
                where id = :id and status = 'DIUSULKAN'
                """).param("id", id).param("byId", by.id()).param("by", by.username()).param("at", Timestamp.from(at))
                .param("reason", reason).update();
    }

    /** One keyset page (by id) of a programme's enrolments of one status in one kab/kota, within the scope. */
    List<Row> page(long programmeId, String kabKota, EnrolmentStatus status, Long after, int limit, Scope scope) {
        return jdbc.sql(COLUMNS + """
                 where e.programme_id = :p and e.kabkota_code = :kab and e.status = :status and e.id > :after
                   and %s
                 order by e.id limit :limit
                """.formatted(ScopeFilter.of(scope, "e").sql()))
                .param("p", programmeId).param("kab", kabKota).param("status", status.name())
                .param("after", after == null ? 0L : after).param("limit", limit).params(ScopeFilter.of(scope, "e").params())
                .query(EnrolmentRows::map).list();
    }

    /** The family's proposals and enrolments that are still open (DIUSULKAN or AKTIF), within the scope. */
    List<Row> openOf(long householdId, Scope scope) {
        return jdbc.sql(COLUMNS + " where e.household_id = :h and e.status in ('DIUSULKAN', 'AKTIF') and "
                + ScopeFilter.of(scope, "e").sql() + " order by e.id").param("h", householdId).params(ScopeFilter.of(scope, "e").params())
                .query(EnrolmentRows::map).list();
    }

    /** Every enrolment of the family, whatever its status (rejected proposals too), newest first, within the scope. */
    List<Row> allOf(long householdId, Scope scope) {
        return jdbc.sql(COLUMNS + " where e.household_id = :h and " + ScopeFilter.of(scope, "e").sql()
                + " order by e.proposed_at desc, e.id desc").param("h", householdId)
                .params(ScopeFilter.of(scope, "e").params()).query(EnrolmentRows::map).list();
    }

    private static Row map(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Row(rs.getLong("id"), rs.getLong("programme_id"), rs.getLong("household_id"), rs.getString("no_kk"),
                rs.getString("kabkota_code"), rs.getString("desa_code"), EnrolmentStatus.valueOf(rs.getString("status")),
                rs.getLong("proposed_by_id"), rs.getString("proposed_by"), rs.getTimestamp("proposed_at").toInstant(),
                rs.getString("proposal_note"), rs.getString("decided_by"), decided == null ? null : decided.toInstant(),
                rs.getString("decision_reason"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("planned_end_date", LocalDate.class), rs.getString("eligibility_result"),
                rs.getObject("end_date", LocalDate.class),
                rs.getString("exit_kind") == null ? null : ExitKind.valueOf(rs.getString("exit_kind")),
                (Integer) rs.getObject("slot_no"), (Long) rs.getObject("replaces_enrolment_id"),
                rs.getString("reentry_override_reason"), rs.getString("reentry_override_by"));
    }
}
