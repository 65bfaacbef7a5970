package id.jaring.enrollment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import id.jaring.access.CurrentUser;
import id.jaring.access.CurrentUsers;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.program.Programme;
import id.jaring.targeting.FamilySnapshot;
import tools.jackson.databind.json.JsonMapper;

/**
 * The daily job's proposals (programme setting USULAN) for many KPM of one programme at once: what
 * {@link EnrolmentExits#proposeAutomatic} does for one KPM, in chunks of {@value #CHUNK} enrolments
 * with a few statements each, inside the job's transaction, as the system user. Per chunk: the
 * enrolments locked in id order (the order every other step takes them), those still AKTIF without
 * an open exit kept, their families, memberships and the rule in force read in bulk (one READ
 * audit event per family), the evidence taken as for one exit, the proposals inserted in a batch
 * (the open-exit unique index still guards against a second one), and one CREATE audit event per
 * proposal. Idempotent as the single path: a second call finds the open exits and writes nothing.
 */
@Component
class AutomaticProposals {

    static final int CHUNK = 1_000;

    /** The job's own evidence for one KPM, or empty when the job finds nothing to propose after all. */
    interface JobEvidence {
        Optional<Map<String, Object>> of(EnrolmentRows.Row enrolment, FamilySnapshot family);
    }

    /** What one call wrote, and how many it found closed or already proposed. */
    record Outcome(int proposed, int skipped) {
    }

    private final EnrolmentRows enrolments;
    private final ExitRows exits;
    private final ExitEvidence evidence;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    AutomaticProposals(EnrolmentRows enrolments, ExitRows exits, ExitEvidence evidence, CurrentUsers users, AuditLog audit,
            Clock clock) {
        this.enrolments = enrolments;
        this.exits = exits;
        this.evidence = evidence;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Proposes {@code kind} for the enrolments of the programme, as of {@code asOf}. An enrolment
     * that is no longer AKTIF, has an open exit, or starts after {@code asOf} counts as skipped; one
     * the job gives no evidence for is left without being counted.
     */
    Outcome propose(Programme programme, ExitKind kind, List<Long> enrolmentIds, LocalDate asOf, JobEvidence job) {
        if (!kind.automatic()) {
            throw new IllegalArgumentException(kind + " is proposed by people, not by the job");
        }
        CurrentUser system = users.current();
        int proposed = 0;
        int skipped = 0;
        for (int from = 0; from < enrolmentIds.size(); from += CHUNK) {
            List<Long> chunk = enrolmentIds.subList(from, Math.min(enrolmentIds.size(), from + CHUNK));
            List<EnrolmentRows.Row> locked = enrolments.lockAll(chunk);
            Set<Long> open = exits.withOpenExit(chunk);
            List<EnrolmentRows.Row> due = locked.stream()
                    .filter(e -> e.programmeId() == programme.id() && e.status() == EnrolmentStatus.AKTIF
                            && !open.contains(e.id()) && !asOf.isBefore(e.startDate()))
                    .toList();
            skipped += chunk.size() - due.size();
            ExitEvidence.Batch batch = evidence.batch(programme, due, asOf, "graduation job evidence");
            List<ExitRows.NewExit> proposals = new ArrayList<>();
            for (EnrolmentRows.Row e : due) {
                Optional<FamilySnapshot> family = batch.family(e.householdId());
                Optional<Map<String, Object>> own = family.flatMap(f -> job.of(e, f));
                own.ifPresent(o -> proposals.add(ExitRows.NewExit.of(e, kind, ExitSource.SISTEM, kind.name() + " " + asOf,
                        batch.take(e, kind, o), json)));
            }
            Instant at = clock.instant();
            List<ExitRows.Row> inserted = exits.insertProposals(proposals, system, at);
            skipped += proposals.size() - inserted.size();
            proposed += inserted.size();
            audit.recordAll(inserted.stream()
                    .map(x -> x.view(programme.code()))
                    .map(x -> AuditLog.Event.created(EntityRef.of("ENROLMENT_EXIT", x.id()), x.kabKotaCode(),
                            EnrolmentExits.state(x), "proposed by the system"))
                    .toList());
        }
        return new Outcome(proposed, skipped);
    }
}
