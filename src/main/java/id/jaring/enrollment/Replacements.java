package id.jaring.enrollment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import id.jaring.access.Scope;
import id.jaring.access.SystemActor;
import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;

/**
 * Hands on every freed slot: after an enrolment ended ({@link EnrolmentEnded}), or after the
 * proposal that was to replace it was rejected ({@link ReplacementRejected}), the system proposes
 * the first family of the programme's waiting list in that kab/kota ({@link WaitingList}: the
 * poorest first) to replace it ({@code replaces_enrolment_id}); a person approves it as any
 * proposal (maker-checker, and the approval's quota check keeps the quota whole). A family the
 * proposal refuses (no longer eligible, ...) is passed over for the next, at most {@link #ATTEMPTS};
 * the family that left, and a family whose replacement proposal was rejected, are not proposed for
 * the same slot (the family that left may be back on the waiting list after an exit that is no
 * graduation: a withdrawal, for instance, starts no re-entry wait).
 *
 * <p>Runs after the ending transaction committed (the exit stands whatever happens here), as the
 * system user, each attempt in a transaction of its own. Idempotent: nothing is proposed while a
 * replacement of the enrolment is proposed or enrolled. The outcome is audited as
 * ENROLMENT_REPLACEMENT (id = the ended enrolment).
 */
@Component
class Replacements {

    static final int ATTEMPTS = 10;
    private static final int PAGE = 20;
    /** Refusals that no other family of the list would escape. */
    private static final Set<String> FINAL = Set.of(EnrolmentCodes.QUOTA_EXHAUSTED, EnrolmentCodes.PROGRAMME_NOT_ACTIVE);
    private static final Logger log = LoggerFactory.getLogger(Replacements.class);

    private final EnrolmentProposals proposals;
    private final WaitingList waitingList;
    private final EnrolmentRows rows;
    private final AuditLog audit;
    private final TransactionTemplate separate;

    Replacements(EnrolmentProposals proposals, WaitingList waitingList, EnrolmentRows rows, AuditLog audit,
            PlatformTransactionManager transactions) {
        this.proposals = proposals;
        this.waitingList = waitingList;
        this.rows = rows;
        this.audit = audit;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener
    void on(EnrolmentEnded ended) {
        SystemActor.run(() -> handOn(ended.programmeCode(), ended.kabKotaCode(), ended.enrolmentId()));
    }

    @TransactionalEventListener
    void on(ReplacementRejected rejected) {
        SystemActor.run(() -> handOn(rejected.programmeCode(), rejected.kabKotaCode(), rejected.replacedEnrolmentId()));
    }

    private void handOn(String programme, String kabKota, long replacedId) {
        if (Boolean.TRUE.equals(separate.execute(tx -> rows.openReplacementExists(replacedId)))) {
            return;
        }
        // never the family that just left, nor one whose proposal to replace it was rejected
        Set<Long> excluded = new HashSet<>(separate.execute(tx -> rows.rejectedReplacements(replacedId)));
        excluded.add(separate.execute(tx -> rows.find(replacedId, Scope.PROVINCE).orElseThrow().householdId()));
        List<Map<String, Object>> tried = new ArrayList<>();
        Long after = null;
        try {
            while (tried.size() < ATTEMPTS) {
                Long from = after;
                WaitingListPage page = separate.execute(tx -> waitingList.page(programme, kabKota, from, PAGE));
                for (WaitingListEntry next : page.items()) {
                    if (tried.size() >= ATTEMPTS || !excluded.add(next.householdId())) {
                        continue;
                    }
                    try {
                        Enrolment proposed = separate.execute(
                                tx -> proposals.proposeReplacement(programme, next.householdId(), replacedId));
                        record(replacedId, kabKota, "PROPOSED", proposed.id(), tried);
                        return;
                    } catch (ValidationFailedException refused) {
                        String code = refused.violations().get(0).code();
                        tried.add(Map.of("householdId", next.householdId(), "code", code));
                        if (FINAL.contains(code)) {
                            record(replacedId, kabKota, code, null, tried);
                            return;
                        }
                    }
                }
                if (page.last()) {
                    break;
                }
                after = page.nextAfter();
            }
        } catch (NotFoundException noRule) {
            // no rule in force: the programme has no waiting list; families are proposed by hand
            record(replacedId, kabKota, "NO_WAITING_LIST", null, tried);
            return;
        }
        record(replacedId, kabKota, tried.isEmpty() ? "WAITING_LIST_EMPTY" : "NO_FAMILY_ACCEPTED", null, tried);
    }

    private void record(long replacedId, String kabKota, String outcome, Long proposedId, List<Map<String, Object>> tried) {
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("outcome", outcome);
        what.put("proposedEnrolmentId", proposedId);
        what.put("passedOver", tried);
        separate.executeWithoutResult(tx -> audit.recordChange(AuditAction.CREATE,
                EntityRef.of("ENROLMENT_REPLACEMENT", replacedId), kabKota, null, what, "replacement: " + outcome));
        log.info("replacement of enrolment {}: {} (proposal {}, {} passed over)", replacedId, outcome, proposedId,
                tried.size());
    }
}
