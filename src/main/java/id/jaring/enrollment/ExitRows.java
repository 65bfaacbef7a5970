package id.jaring.enrollment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.jaring.access.CurrentUser;
import id.jaring.access.Scope;
import id.jaring.access.ScopeFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Table {@code enrolment_exit}. Reads carry the caller's region scope in their WHERE clause (on the
 * exit's own kab/kota and desa, copied from the enrolment), never user text.
 */
@Repository
class ExitRows {

    /** A row as stored, with the enrolment's No. KK; the programme code is added by the services. */
    record Row(long id, long enrolmentId, long programmeId, long householdId, String noKk, String kabKotaCode,
            String desaCode, ExitKind kind, ExitStatus status, ExitSource source, String reason, long proposedById,
            String proposedBy, Instant proposedAt, Long verifiedById, String verifiedBy, Instant verifiedAt,
            String verificationNote, String decidedBy, Instant decidedAt, String decisionReason, LocalDate exitDate,
            Boolean registryConfirms, String evidence, String eligibilityResult, String decisionEvidence,
            String assessment) {

        EnrolmentExit view(String programmeCode) {
            return new EnrolmentExit(id, enrolmentId, programmeCode, householdId, noKk, kabKotaCode, desaCode, kind,
                    status, source, reason, proposedBy, proposedAt, verifiedBy, verifiedAt, verificationNote, decidedBy,
                    decidedAt, decisionReason, exitDate, registryConfirms, evidence, eligibilityResult,
                    decisionEvidence, assessment);
        }
    }

    /** A proposal (status DIUSULKAN) or, for the system's decisions, an approved exit to insert. */
    record NewExit(long enrolmentId, long programmeId, long householdId, String kabKota, String desa, ExitKind kind,
            ExitSource source, String reason, String evidenceJson, String eligibilityJson, String assessmentJson) {

        static NewExit of(EnrolmentRows.Row enrolment, ExitKind kind, ExitSource source, String reason,
                ExitEvidence.Taken taken, JsonMapper json) {
            return new NewExit(enrolment.id(), enrolment.programmeId(), enrolment.householdId(), enrolment.kabKotaCode(),
                    enrolment.desaCode(), kind, source, reason, json.writeValueAsString(taken.evidence()),
                    json.writeValueAsString(taken.eligibility()),
                    taken.assessment() == null ? null : json.writeValueAsString(taken.assessment()));
        }
    }

    private static final String COLUMNS = """
            select x.id, x.enrolment_id, x.programme_id, x.household_id, e.no_kk, x.kabkota_code, x.desa_code, x.kind,
                   x.status, x.source, x.reason, x.proposed_by_id, x.proposed_by, x.proposed_at, x.verified_by_id,
                   x.verified_by, x.verified_at, x.verification_note, x.decided_by, x.decided_at, x.decision_reason,
                   x.exit_date, (x.evidence -> 'registri' ->> 'mengonfirmasi')::boolean as registry_confirms,
                   x.evidence::text as evidence, x.eligibility_result::text as eligibility_result,
                   x.decision_evidence::text as decision_evidence, x.assessment::text as assessment
            from enrolment_exit x join enrolment e on e.id = x.enrolment_id
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    ExitRows(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Inserts a proposal; empty when the enrolment has an open exit already (the partial unique index decides). */
    Optional<Long> insertProposal(NewExit x, CurrentUser by, Instant at) {
        return jdbc.sql(INSERT_PROPOSAL + " returning id").params(proposal(x, by, at)).query(Long.class).optional();
    }

    /**
     * Inserts many proposals at once, in batches (the daily job); returns the exits inserted (an
     * enrolment with an open exit already gets none).
     */
    List<Row> insertProposals(List<NewExit> proposals, CurrentUser by, Instant at) {
        if (proposals.isEmpty()) {
            return List.of();
        }
        batch.batchUpdate(INSERT_PROPOSAL, proposals.stream().map(x -> new MapSqlParameterSource(proposal(x, by, at)))
                .toArray(SqlParameterSource[]::new));
        return jdbc.sql(COLUMNS + """
                 where x.enrolment_id in (:enrolments) and x.status = 'DIUSULKAN' and x.proposed_by_id = :byId
                   and x.proposed_at = :at
                 order by x.id
                """).param("enrolments", proposals.stream().map(NewExit::enrolmentId).toList()).param("byId", by.id())
                .param("at", Timestamp.from(at)).query(ExitRows::map).list();
    }

    private static final String INSERT_PROPOSAL = """
            insert into enrolment_exit (enrolment_id, programme_id, household_id, kabkota_code, desa_code, kind, status,
                                        source, reason, proposed_by_id, proposed_by, proposed_at, evidence,
                                        eligibility_result, assessment, updated_at)
            values (:enrolment, :p, :h, :kab, :desa, :kind, 'DIUSULKAN', :source, :reason, :byId, :by, :at,
                    cast(:evidence as jsonb), cast(:eligibility as jsonb), cast(:assessment as jsonb), :at)
            on conflict (enrolment_id) where status in ('DIUSULKAN', 'DIVERIFIKASI') do nothing
            """;

    private static Map<String, Object> proposal(NewExit x, CurrentUser by, Instant at) {
        Map<String, Object> m = params(x);
        m.put("byId", by.id());
        m.put("by", by.username());
        m.put("at", Timestamp.from(at));
        return m;
    }

    /** Inserts an exit proposed and approved at once by the system (programme setting KEPUTUSAN). */
    long insertDecided(NewExit x, CurrentUser system, Instant at, LocalDate exitDate) {
        return jdbc.sql("""
                insert into enrolment_exit (enrolment_id, programme_id, household_id, kabkota_code, desa_code, kind, status,
                                            source, reason, proposed_by_id, proposed_by, proposed_at, decided_by_id,
                                            decided_by, decided_at, exit_date, evidence, eligibility_result,
                                            decision_evidence, assessment, updated_at)
                values (:enrolment, :p, :h, :kab, :desa, :kind, 'DISETUJUI', :source, :reason, :byId, :by, :at, :byId,
                        :by, :at, :exitDate, cast(:evidence as jsonb), cast(:eligibility as jsonb),
                        cast(:evidence as jsonb), cast(:assessment as jsonb), :at)
                returning id
                """).params(params(x)).param("byId", system.id()).param("by", system.username())
                .param("at", Timestamp.from(at)).param("exitDate", exitDate).query(Long.class).single();
    }

    Optional<Row> find(long id, Scope scope) {
        return jdbc.sql(COLUMNS + " where x.id = :id and " + ScopeFilter.of(scope, "x").sql())
                .param("id", id).params(ScopeFilter.of(scope, "x").params()).query(ExitRows::map).optional();
    }

    /** The exit, locked until the end of the transaction (a step on it is being taken). */
    Optional<Row> lock(long id, Scope scope) {
        return jdbc.sql(COLUMNS + " where x.id = :id and " + ScopeFilter.of(scope, "x").sql() + " for update of x")
                .param("id", id).params(ScopeFilter.of(scope, "x").params()).query(ExitRows::map).optional();
    }

    /** Which of these enrolments have an open exit (DIUSULKAN or DIVERIFIKASI). */
    Set<Long> withOpenExit(Collection<Long> enrolmentIds) {
        return enrolmentIds.isEmpty() ? Set.of() : new HashSet<>(jdbc.sql("""
                select enrolment_id from enrolment_exit
                where enrolment_id in (:enrolments) and status in ('DIUSULKAN', 'DIVERIFIKASI')
                """).param("enrolments", enrolmentIds).query(Long.class).list());
    }

    /** The enrolment's open exit (DIUSULKAN or DIVERIFIKASI), if any. */
    Optional<Row> openOf(long enrolmentId) {
        return jdbc.sql(COLUMNS + " where x.enrolment_id = :e and x.status in ('DIUSULKAN', 'DIVERIFIKASI')")
                .param("e", enrolmentId).query(ExitRows::map).optional();
    }

    /** The approved exit that ended the enrolment, if any. */
    Optional<Row> approvedOf(long enrolmentId) {
        return jdbc.sql(COLUMNS + " where x.enrolment_id = :e and x.status = 'DISETUJUI'")
                .param("e", enrolmentId).query(ExitRows::map).optional();
    }

    /** Every exit of the enrolment, oldest first, within the scope. */
    List<Row> ofEnrolment(long enrolmentId, Scope scope) {
        return jdbc.sql(COLUMNS + " where x.enrolment_id = :e and " + ScopeFilter.of(scope, "x").sql() + " order by x.id")
                .param("e", enrolmentId).params(ScopeFilter.of(scope, "x").params()).query(ExitRows::map).list();
    }

    /** One keyset page (by id) of a programme's open exits in one kab/kota, within the scope. */
    List<Row> openPage(long programmeId, String kabKota, Long after, int limit, Scope scope) {
        return jdbc.sql(COLUMNS + """
                 where x.programme_id = :p and x.kabkota_code = :kab and x.status in ('DIUSULKAN', 'DIVERIFIKASI')
                   and x.id > :after and %s
                 order by x.id limit :limit
                """.formatted(ScopeFilter.of(scope, "x").sql()))
                .param("p", programmeId).param("kab", kabKota).param("after", after == null ? 0L : after)
                .param("limit", limit).params(ScopeFilter.of(scope, "x").params()).query(ExitRows::map).list();
    }

    void verify(long id, CurrentUser by, Instant at, String note) {
        step("""
                update enrolment_exit set status = 'DIVERIFIKASI', verified_by_id = :byId, verified_by = :by,
                       verified_at = :at, verification_note = :text, updated_at = :at
                where id = :id and status = 'DIUSULKAN'
                """, id, by, at, note);
    }

    void approve(long id, CurrentUser by, Instant at, LocalDate exitDate, String decisionEvidenceJson) {
        int updated = jdbc.sql("""
                update enrolment_exit set status = 'DISETUJUI', decided_by_id = :byId, decided_by = :by, decided_at = :at,
                       exit_date = :exitDate, decision_evidence = cast(:evidence as jsonb), updated_at = :at
                where id = :id and status in ('DIUSULKAN', 'DIVERIFIKASI')
                """).param("id", id).param("byId", by.id()).param("by", by.username()).param("at", Timestamp.from(at))
                .param("exitDate", exitDate).param("evidence", decisionEvidenceJson).update();
        requireOne(updated, id);
    }

    void reject(long id, CurrentUser by, Instant at, String reason) {
        step("""
                update enrolment_exit set status = 'DITOLAK', decided_by_id = :byId, decided_by = :by, decided_at = :at,
                       decision_reason = :text, updated_at = :at
                where id = :id and status in ('DIUSULKAN', 'DIVERIFIKASI')
                """, id, by, at, reason);
    }

    private void step(String sql, long id, CurrentUser by, Instant at, String text) {
        requireOne(jdbc.sql(sql).param("id", id).param("byId", by.id()).param("by", by.username())
                .param("at", Timestamp.from(at)).param("text", text).update(), id);
    }

    private static void requireOne(int updated, long id) {
        if (updated != 1) {
            throw new IllegalStateException("exit " + id + " was not at the expected step");
        }
    }

    private static Map<String, Object> params(NewExit x) {
        Map<String, Object> m = new HashMap<>();
        m.put("enrolment", x.enrolmentId());
        m.put("p", x.programmeId());
        m.put("h", x.householdId());
        m.put("kab", x.kabKota());
        m.put("desa", x.desa());
        m.put("kind", x.kind().name());
        m.put("source", x.source().name());
        m.put("reason", x.reason());
        m.put("evidence", x.evidenceJson());
        m.put("eligibility", x.eligibilityJson());
        m.put("assessment", x.assessmentJson());
        return m;
    }

    private static Row map(ResultSet rs, int row) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("enrolment_id"), rs.getLong("programme_id"), rs.getLong("household_id"),
                rs.getString("no_kk"), rs.getString("kabkota_code"), rs.getString("desa_code"),
                ExitKind.valueOf(rs.getString("kind")), ExitStatus.valueOf(rs.getString("status")),
                ExitSource.valueOf(rs.getString("source")), rs.getString("reason"), rs.getLong("proposed_by_id"),
                rs.getString("proposed_by"), instant(rs, "proposed_at"), (Long) rs.getObject("verified_by_id"),
                rs.getString("verified_by"), instant(rs, "verified_at"), rs.getString("verification_note"),
                rs.getString("decided_by"), instant(rs, "decided_at"), rs.getString("decision_reason"),
                rs.getObject("exit_date", LocalDate.class), (Boolean) rs.getObject("registry_confirms"),
                rs.getString("evidence"), rs.getString("eligibility_result"), rs.getString("decision_evidence"),
                rs.getString("assessment"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
