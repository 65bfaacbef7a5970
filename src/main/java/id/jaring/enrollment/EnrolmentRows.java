package id.jaring.enrollment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
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
            String eligibilityResult) {

        Enrolment view(String programmeCode) {
            return new Enrolment(id, programmeId, programmeCode, householdId, noKk, kabKotaCode, desaCode, status,
                    proposedBy, proposedAt, proposalNote, decidedBy, decidedAt, decisionReason, startDate, plannedEndDate,
                    eligibilityResult);
        }
    }

    private static final String COLUMNS = """
            select id, programme_id, household_id, no_kk, kabkota_code, desa_code, status, proposed_by_id, proposed_by,
                   proposed_at, proposal_note, decided_by, decided_at, decision_reason, start_date, planned_end_date,
                   eligibility_result::text as eligibility_result
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
    Optional<Long> insertProposal(long programmeId, long householdId, String noKk, String kabKota, String desa,
            CurrentUser by, Instant at, String note, String evidenceJson, String eligibilityJson) {
        return jdbc.sql("""
                insert into enrolment (programme_id, household_id, no_kk, kabkota_code, desa_code, status, proposed_by_id,
                                       proposed_by, proposed_at, proposal_note, evidence, eligibility_result, updated_at)
                values (:p, :h, :kk, :kab, :desa, 'DIUSULKAN', :byId, :by, :at, :note, cast(:evidence as jsonb),
                        cast(:eligibility as jsonb), :at)
                on conflict (programme_id, household_id) where status in ('DIUSULKAN', 'AKTIF') do nothing
                returning id
                """).param("p", programmeId).param("h", householdId).param("kk", noKk).param("kab", kabKota)
                .param("desa", desa).param("byId", by.id()).param("by", by.username()).param("at", Timestamp.from(at))
                .param("note", note).param("evidence", evidenceJson).param("eligibility", eligibilityJson).query(Long.class).optional();
    }

    /** The enrolment, locked until the end of the transaction (a decision on it is being made). */
    Optional<Row> lock(long id, Scope scope) {
        return jdbc.sql(COLUMNS + " where e.id = :id and " + ScopeFilter.of(scope, "e").sql() + " for update")
                .param("id", id).params(ScopeFilter.of(scope, "e").params()).query(EnrolmentRows::map).optional();
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

    void approve(long id, CurrentUser by, Instant at, LocalDate start, LocalDate plannedEnd, String evidenceJson,
            String eligibilityJson) {
        jdbc.sql("""
                update enrolment set status = 'AKTIF', decided_by_id = :byId, decided_by = :by, decided_at = :at,
                       start_date = :start, planned_end_date = :end, evidence = cast(:evidence as jsonb),
                       eligibility_result = cast(:eligibility as jsonb), updated_at = :at
                where id = :id and status = 'DIUSULKAN'
                """).param("id", id).param("byId", by.id()).param("by", by.username()).param("at", Timestamp.from(at))
                .param("start", start).param("end", plannedEnd).param("evidence", evidenceJson)
                .param("eligibility", eligibilityJson).update();
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
                rs.getObject("planned_end_date", LocalDate.class), rs.getString("eligibility_result"));
    }
}
