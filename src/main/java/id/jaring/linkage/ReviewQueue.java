package id.jaring.linkage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.access.CurrentUser;
import id.jaring.access.CurrentUsers;
import id.jaring.access.Role;
import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.linkage.internal.PersonModel;
import id.jaring.linkage.internal.ReviewMerges;
import id.jaring.platform.ConflictException;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.registry.RegistryLookup;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data steward's queue of possible duplicates that the linkage of intake batches proposed.
 * Scope: an item is visible when the caller's region covers BOTH persons' desa (a kab/kota
 * steward never sees a person of another kab/kota through it); outside, it answers as missing.
 * Viewing needs a role that may read persons; deciding (accept = merge, reject = never propose
 * the pair again, undo = unmerge) needs DATA_STEWARD or ADMIN and a reason. Every decision is
 * audited (entity LINK_REVIEW) in its transaction; opening an item reads both full records
 * through the registry, which audits those reads.
 */
@Service
public class ReviewQueue {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final RegistryLookup registry;
    private final ReviewMerges merges;
    private final PersonModel model;
    private final Clock clock;

    ReviewQueue(JdbcClient jdbc, CurrentUsers users, AuditLog audit, RegistryLookup registry, ReviewMerges merges,
            PersonModel model, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.registry = registry;
        this.merges = merges;
        this.model = model;
        this.clock = clock;
    }

    /**
     * Items in the caller's scope, newest first, keyset-paginated by id.
     *
     * @param status null for OPEN
     * @param before id to continue below (null: from the newest)
     * @param size   at most 100
     */
    public List<ReviewSummary> list(ReviewStatus status, Long before, int size) {
        CurrentUser user = reader();
        return jdbc.sql("select * from link_review where status = :status and desa_code_a like :scope and desa_code_b like :scope"
                + " and id < :before order by id desc limit :size")
                .param("status", (status == null ? ReviewStatus.OPEN : status).name())
                .param("scope", user.scope().regionLikePattern())
                .param("before", before == null ? Long.MAX_VALUE : before)
                .param("size", Math.max(1, Math.min(100, size)))
                .query((rs, i) -> summary(rs)).list();
    }

    /** One item with both records (audited reads) and the evidence. */
    @Transactional
    public ReviewItem item(long id) {
        CurrentUser user = reader();
        return jdbc.sql("select * from link_review where id = :id and desa_code_a like :scope and desa_code_b like :scope")
                .param("id", id).param("scope", user.scope().regionLikePattern())
                .query((rs, i) -> item(rs)).optional()
                .orElseThrow(() -> new NotFoundException("review item " + id));
    }

    /** The same person: the registry merges the row's person into the candidate (the older record survives). */
    @Transactional
    public ReviewItem accept(long id, String reason) {
        Locked item = lockOpen(id, reason);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("review", id);
        evidence.put("weight", item.weight);
        evidence.put("comparisons", item.evidenceJson);
        // the registered person survives; the one the batch created is merged into it
        Long mergeId = merges.merge(item.candidate, item.incoming, reason.strip(), evidence);
        decide(id, ReviewStatus.ACCEPTED, reason, mergeId);
        record(item, ReviewStatus.OPEN, ReviewStatus.ACCEPTED, reason, mergeId, "accept: merged");
        return item(id);
    }

    /** Not the same person: remembered, so that the pair is never proposed again. */
    @Transactional
    public ReviewItem reject(long id, String reason) {
        Locked item = lockOpen(id, reason);
        decide(id, ReviewStatus.REJECTED, reason, null);
        jdbc.sql("""
                insert into link_rejected_pair (person_low, person_high, review_id, rejected_at)
                values (least(:a, :b), greatest(:a, :b), :id, :now) on conflict do nothing
                """).param("a", item.candidate).param("b", item.incoming).param("id", id).param("now", now()).update();
        record(item, ReviewStatus.OPEN, ReviewStatus.REJECTED, reason, null, "reject");
        return item(id);
    }

    /** Undoes an accepted merge (the registry unmerges and restores the duplicate's provenance). */
    @Transactional
    public ReviewItem undo(long id, String reason) {
        Locked item = lockForDecision(id, reason);
        if (item.status != ReviewStatus.ACCEPTED) {
            throw new ConflictException(Violation.error(LinkageCodes.REVIEW_NOT_ACCEPTED, "status", item.status.name()));
        }
        merges.unmerge(item.mergeId, reason.strip());
        jdbc.sql("""
                update link_review set status = 'UNDONE', undone_by = :by, undone_at = :now, undo_reason = :reason
                where id = :id
                """).param("by", users.current().username()).param("now", now()).param("reason", reason.strip())
                .param("id", id).update();
        record(item, ReviewStatus.ACCEPTED, ReviewStatus.UNDONE, reason, item.mergeId, "undo: unmerged");
        return item(id);
    }

    private record Locked(long id, ReviewStatus status, long candidate, long incoming, double weight, String kabKota,
            Long mergeId, Object evidenceJson) {
    }

    /** An item still to be decided, locked. */
    private Locked lockOpen(long id, String reason) {
        Locked item = lockForDecision(id, reason);
        if (item.status != ReviewStatus.OPEN) {
            throw new ConflictException(Violation.error(LinkageCodes.REVIEW_ALREADY_DECIDED, "status", item.status.name()));
        }
        return item;
    }

    private Locked lockForDecision(long id, String reason) {
        CurrentUser user = users.current();
        if (user.role() != Role.DATA_STEWARD && user.role() != Role.ADMIN) {
            throw new AccessDeniedException("only a data steward or an administrator decides review items");
        }
        Locked item = jdbc.sql("""
                select * from link_review where id = :id and desa_code_a like :scope and desa_code_b like :scope for update
                """).param("id", id).param("scope", user.scope().regionLikePattern())
                .query((rs, i) -> new Locked(rs.getLong("id"), ReviewStatus.valueOf(rs.getString("status")),
                        rs.getLong("candidate_person_id"), rs.getLong("new_person_id"), rs.getFloat("weight"),
                        rs.getString("kabkota_code"), (Long) rs.getObject("merge_id", Long.class),
                        JSON.readTree(rs.getString("evidence"))))
                .optional().orElseThrow(() -> new NotFoundException("review item " + id));
        if (reason == null || reason.isBlank()) {
            throw new ValidationFailedException(Violation.error(LinkageCodes.REVIEW_REASON_REQUIRED, "reason"));
        }
        return item;
    }

    private void decide(long id, ReviewStatus status, String reason, Long mergeId) {
        jdbc.sql("""
                update link_review set status = :status, decided_by = :by, decided_at = :now, decision_reason = :reason,
                    merge_id = :merge
                where id = :id
                """).param("status", status.name()).param("by", users.current().username()).param("now", now())
                .param("reason", reason.strip()).param("merge", mergeId).param("id", id).update();
    }

    private void record(Locked item, ReviewStatus from, ReviewStatus to, String reason, Long mergeId, String detail) {
        Map<String, Object> before = Map.of("status", from.name());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", to.name());
        after.put("candidate_person_id", item.candidate);
        after.put("new_person_id", item.incoming);
        after.put("weight", item.weight);
        after.put("reason", reason.strip());
        if (mergeId != null) {
            after.put("merge_id", mergeId);
        }
        audit.recordChange(AuditAction.UPDATE, EntityRef.of("LINK_REVIEW", Long.toString(item.id)), item.kabKota, before,
                after, detail);
    }

    private CurrentUser reader() {
        CurrentUser user = users.current();
        if (!user.role().canReadPersons()) {
            throw new AccessDeniedException("role " + user.role() + " may not read persons");
        }
        return user;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private ReviewSummary summary(ResultSet rs) throws SQLException {
        double weight = rs.getFloat("weight");
        return new ReviewSummary(rs.getLong("id"), rs.getLong("batch_id"), rs.getLong("candidate_person_id"),
                rs.getLong("new_person_id"), weight, model.fit().probability(weight), rs.getString("reason"),
                ReviewStatus.valueOf(rs.getString("status")), rs.getString("kabkota_code"),
                rs.getTimestamp("created_at").toInstant());
    }

    private ReviewItem item(ResultSet rs) throws SQLException {
        ReviewSummary summary = summary(rs);
        List<ReviewEvidence> evidence = new ArrayList<>();
        for (var e : JSON.readTree(rs.getString("evidence"))) {
            String comparison = e.get("comparison").asString();
            int levels = model.model().comparisons().get(model.model().comparisonIndex(comparison)).levelCount();
            evidence.add(new ReviewEvidence(comparison, e.get("kind").asString(), e.get("level").asInt(), levels,
                    e.get("weight").asDouble()));
        }
        Role role = users.current().role();
        List<Violation> refusals = summary.status() == ReviewStatus.OPEN && (role == Role.DATA_STEWARD || role == Role.ADMIN)
                ? merges.refusals(summary.candidatePersonId(), summary.newPersonId()) : List.of();
        return new ReviewItem(summary, evidence, registry.person(summary.candidatePersonId()),
                registry.person(summary.newPersonId()), rs.getString("decided_by"), instant(rs, "decided_at"),
                rs.getString("decision_reason"), (Long) rs.getObject("merge_id", Long.class), rs.getString("undone_by"),
                instant(rs, "undone_at"), rs.getString("undo_reason"), refusals);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
