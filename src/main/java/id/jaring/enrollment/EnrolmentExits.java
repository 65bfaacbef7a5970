package id.jaring.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.access.CurrentUser;
import id.jaring.access.CurrentUsers;
import id.jaring.access.Role;
import id.jaring.access.Scope;
import id.jaring.access.SystemActor;
import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.program.AutomaticExits;
import id.jaring.program.Programme;
import id.jaring.program.Programmes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Graduations and exits of KPM. A person proposes with a reason ({@link #propose}); a MANDIRI
 * graduation is verified (verivali) by a second person ({@link #verify}); the programme owner
 * approves ({@link #approve}: the enrolment ends, its slot is freed and handed on) or rejects
 * ({@link #reject}). The proposer takes no further step (maker-checker). The daily job's
 * time-limit and natural graduations come through {@link #proposeAutomatic}. Every step and
 * refusal is audited (ENROLMENT_EXIT, ENROLMENT_REFUSAL); each proposal keeps its evidence.
 *
 * <p>Locks are taken in one order everywhere (enrolment, exit, quota row), so that steps on one
 * enrolment, its approval and the job never deadlock.
 */
@Service
public class EnrolmentExits {

    static final int TEXT_MAX = EnrolmentProposals.NOTE_MAX;

    private final ExitGuard guard;
    private final ExitRows exits;
    private final EnrolmentRows enrolments;
    private final Programmes programmes;
    private final ExitEvidence evidence;
    private final EnrolmentEnding ending;
    private final Refusals refusals;
    private final AutomaticProposals proposals;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    EnrolmentExits(ExitGuard guard, ExitRows exits, EnrolmentRows enrolments, Programmes programmes,
            ExitEvidence evidence, EnrolmentEnding ending, Refusals refusals, AutomaticProposals proposals,
            CurrentUsers users, AuditLog audit, Clock clock) {
        this.proposals = proposals;
        this.guard = guard;
        this.exits = exits;
        this.enrolments = enrolments;
        this.programmes = programmes;
        this.evidence = evidence;
        this.ending = ending;
        this.refusals = refusals;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Proposes the end of an active enrolment. Refused (audited): EXIT_KIND_AUTOMATIC (ALAMIAH,
     * BATAS_WAKTU are the job's), EXIT_DECLARATION_NOT_ALLOWED, EXIT_MANDIRI_PENDAMPING_ONLY (an
     * assessed MANDIRI comes from the pendamping; others may record the family's declaration),
     * EXIT_ENROLMENT_NOT_ACTIVE, EXIT_ALREADY_OPEN. Input: EXIT_KIND_REQUIRED, EXIT_REASON_REQUIRED, TOO_LONG.
     *
     * @throws NotFoundException when the enrolment is unknown or out of the caller's reach
     */
    @Transactional
    public EnrolmentExit propose(long enrolmentId, ProposeExit command) {
        CurrentUser user = guard.proposer();
        if (command.kind() == null) {
            throw new ValidationFailedException(Violation.error(EnrolmentCodes.EXIT_KIND_REQUIRED, "kind"));
        }
        String reason = text(command.reason(), EnrolmentCodes.EXIT_REASON_REQUIRED, "reason");
        ExitKind kind = command.kind();
        EnrolmentRows.Row enrolment = enrolments.lock(enrolmentId, user.scope())
                .orElseThrow(() -> new NotFoundException("enrolment"));
        Programme programme = programmeOf(user, enrolment.programmeId());
        if (kind.automatic()) {
            throw refuse("EXIT_PROPOSE", programme, enrolment, Violation.error(EnrolmentCodes.EXIT_KIND_AUTOMATIC, "kind", kind.name()));
        }
        if (command.declaration() && !kind.declarable()) {
            throw refuse("EXIT_PROPOSE", programme, enrolment,
                    Violation.error(EnrolmentCodes.EXIT_DECLARATION_NOT_ALLOWED, "declaration", kind.name()));
        }
        if (kind == ExitKind.MANDIRI && !command.declaration() && user.role() != Role.PENDAMPING) {
            throw refuse("EXIT_PROPOSE", programme, enrolment, Violation.error(EnrolmentCodes.EXIT_MANDIRI_PENDAMPING_ONLY, "kind"));
        }
        requireActive("EXIT_PROPOSE", programme, enrolment);
        if (exits.openOf(enrolmentId).isPresent()) {
            throw refuse("EXIT_PROPOSE", programme, enrolment, Violation.error(EnrolmentCodes.EXIT_ALREADY_OPEN, "enrolmentId"));
        }
        ExitEvidence.Taken taken = evidence.take(programme, enrolment, kind, LocalDate.now(clock), null);
        ExitSource source = command.declaration() ? ExitSource.PERNYATAAN_KELUARGA : ExitSource.PENGGUNA;
        long id = exits.insertProposal(newExit(enrolment, kind, source, reason, taken), user, clock.instant())
                .orElseThrow(() -> refuse("EXIT_PROPOSE", programme, enrolment,
                        Violation.error(EnrolmentCodes.EXIT_ALREADY_OPEN, "enrolmentId")));
        return recorded(null, id, programme, "proposed");
    }

    /**
     * Verification (verivali) of a MANDIRI graduation by a second person: the kab/kota operator or
     * the data steward. Refused: EXIT_NOT_VERIFIABLE (other kinds), EXIT_MAKER_CHECKER, EXIT_NOT_PENDING.
     */
    @Transactional
    public EnrolmentExit verify(long exitId, String note) {
        CurrentUser user = guard.verifier();
        String text = optionalText(note, "note");
        Step step = step(user, exitId);
        if (!step.exit().kind().needsVerification()) {
            throw refuse("EXIT_VERIFY", step, Violation.error(EnrolmentCodes.EXIT_NOT_VERIFIABLE, "exitId", step.exit().kind().name()));
        }
        makerChecker("EXIT_VERIFY", user, step);
        if (step.exit().status() != ExitStatus.DIUSULKAN) {
            throw refuse("EXIT_VERIFY", step, Violation.error(EnrolmentCodes.EXIT_NOT_PENDING, "exitId", step.exit().status().name()));
        }
        exits.verify(exitId, user, clock.instant(), text);
        return recorded(step.exit(), exitId, step.programme(), "verified");
    }

    /**
     * Approval by the programme owner (its agency's OPD operator, or the data steward): the
     * enrolment ends today, its seat and slot are freed and the next family is proposed.
     * Refused: EXIT_MAKER_CHECKER, EXIT_NOT_PENDING, EXIT_NOT_VERIFIED (MANDIRI before verivali),
     * EXIT_ENROLMENT_NOT_ACTIVE.
     */
    @Transactional
    public EnrolmentExit approve(long exitId) {
        CurrentUser user = guard.decider();
        Step step = step(user, exitId);
        makerChecker("EXIT_APPROVE", user, step);
        ExitRows.Row exit = step.exit();
        if (!exit.status().open()) {
            throw refuse("EXIT_APPROVE", step, Violation.error(EnrolmentCodes.EXIT_NOT_PENDING, "exitId", exit.status().name()));
        }
        if (exit.kind().needsVerification() && exit.status() != ExitStatus.DIVERIFIKASI) {
            throw refuse("EXIT_APPROVE", step, Violation.error(EnrolmentCodes.EXIT_NOT_VERIFIED, "exitId"));
        }
        requireActive("EXIT_APPROVE", step.programme(), step.enrolment());
        LocalDate today = LocalDate.now(clock);
        exits.approve(exitId, user, clock.instant(), today,
                json.writeValueAsString(evidence.snapshot(exit.householdId(), today)));
        ending.end(step.enrolment(), step.programme(), exitId, exit.kind(), today);
        return recorded(exit, exitId, step.programme(), "approved");
    }

    /**
     * Rejection with a reason: by the programme owner, or by the verifier while a MANDIRI
     * graduation waits for verification. Refused: EXIT_MAKER_CHECKER, EXIT_NOT_PENDING.
     */
    @Transactional
    public EnrolmentExit reject(long exitId, String reason) {
        String why = text(reason, EnrolmentCodes.REASON_REQUIRED, "reason");
        CurrentUser user = guard.rejecter();
        Step step = step(user, exitId);
        makerChecker("EXIT_REJECT", user, step);
        if (!step.exit().status().open()) {
            throw refuse("EXIT_REJECT", step, Violation.error(EnrolmentCodes.EXIT_NOT_PENDING, "exitId", step.exit().status().name()));
        }
        if (!ExitGuard.mayReject(user, step.exit().kind(), step.exit().status())) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "role " + user.role() + " may not reject exit " + exitId + " at this step");
        }
        exits.reject(exitId, user, clock.instant(), why);
        return recorded(step.exit(), exitId, step.programme(), "rejected");
    }

    /**
     * The daily job's time-limit (BATAS_WAKTU) or natural (ALAMIAH) graduation of a KPM, acting as
     * the system user whoever calls. Follows the programme's {@link AutomaticExits}: USULAN writes a
     * proposal for the programme owner; KEPUTUSAN decides at once (the enrolment ends on
     * {@code asOf}, the slot is handed on). Idempotent and safe on two nodes (the enrolment row is
     * locked first): a second call finds the open exit, or the exit that ended the enrolment, and
     * writes nothing. An open exit of another kind is kept under USULAN; under KEPUTUSAN it is
     * rejected by the system ("superseded") and the decision taken.
     *
     * @param evidence the job's evidence (e.g. the planned end date, the members and the components'
     *        conditions evaluated, the rule version); stored under {@code otomatis}
     * @param asOf the day the job evaluates (the end date of a decision)
     * @throws IllegalArgumentException for a kind people propose, or an asOf before the enrolment's start
     * @throws NotFoundException when the enrolment does not exist
     */
    @Transactional
    public AutomaticExit proposeAutomatic(long enrolmentId, ExitKind kind, Map<String, ?> evidence, LocalDate asOf) {
        if (!kind.automatic()) {
            throw new IllegalArgumentException(kind + " is proposed by people, not by the job");
        }
        return SystemActor.call(() -> automatic(enrolmentId, kind, evidence, asOf));
    }

    private AutomaticExit automatic(long enrolmentId, ExitKind kind, Map<String, ?> jobEvidence, LocalDate asOf) {
        CurrentUser system = users.current();
        EnrolmentRows.Row enrolment = enrolments.lock(enrolmentId, Scope.PROVINCE)
                .orElseThrow(() -> new NotFoundException("enrolment"));
        Programme programme = programmes.find(enrolment.programmeId()).orElseThrow();
        if (enrolment.status() != EnrolmentStatus.AKTIF) {
            return new AutomaticExit(exits.approvedOf(enrolmentId).map(x -> x.view(programme.code())).orElse(null), false);
        }
        if (asOf.isBefore(enrolment.startDate())) {
            throw new IllegalArgumentException("asOf " + asOf + " lies before the start of enrolment " + enrolmentId);
        }
        if (programme.automaticExits() == AutomaticExits.USULAN) {
            // the job's bulk path, for one enrolment: an open exit of any kind is kept
            AutomaticProposals.Outcome outcome = proposals.propose(programme, kind, List.of(enrolmentId), asOf,
                    (e, family) -> Optional.of(new LinkedHashMap<String, Object>(jobEvidence)));
            return new AutomaticExit(exits.openOf(enrolmentId).orElseThrow().view(programme.code()), outcome.proposed() > 0);
        }
        Optional<ExitRows.Row> open = exits.openOf(enrolmentId);
        if (open.isPresent() && open.get().source() == ExitSource.SISTEM && open.get().kind() == kind) {
            // the job's own proposal from before the programme switched to KEPUTUSAN: decide it
            exits.approve(open.get().id(), system, clock.instant(), asOf,
                    json.writeValueAsString(evidence.snapshot(enrolment.householdId(), asOf)));
            ending.end(enrolment, programme, open.get().id(), kind, asOf);
            return new AutomaticExit(recorded(open.get(), open.get().id(), programme, "approved by the system"), true);
        }
        if (open.isPresent()) {
            exits.reject(open.get().id(), system, clock.instant(), "Digantikan keputusan otomatis " + kind.name());
            recorded(open.get(), open.get().id(), programme, "superseded by an automatic " + kind.name() + " decision");
        }
        ExitEvidence.Taken taken = evidence.take(programme, enrolment, kind, asOf, jobEvidence);
        ExitRows.NewExit exit = newExit(enrolment, kind, ExitSource.SISTEM, kind.name() + " " + asOf, taken);
        long id = exits.insertDecided(exit, system, clock.instant(), asOf);
        ending.end(enrolment, programme, id, kind, asOf);
        return new AutomaticExit(recorded(null, id, programme, "decided by the system"), true);
    }

    /** The exit and its enrolment, locked in that order (enrolment first), in reach of the caller. */
    private record Step(ExitRows.Row exit, EnrolmentRows.Row enrolment, Programme programme) {
    }

    private Step step(CurrentUser user, long exitId) {
        ExitRows.Row found = exits.find(exitId, user.scope()).orElseThrow(() -> new NotFoundException("exit"));
        EnrolmentRows.Row enrolment = enrolments.lock(found.enrolmentId(), Scope.PROVINCE).orElseThrow();
        ExitRows.Row exit = exits.lock(exitId, user.scope()).orElseThrow(() -> new NotFoundException("exit"));
        return new Step(exit, enrolment, programmeOf(user, exit.programmeId()));
    }

    private void makerChecker(String step, CurrentUser user, Step s) {
        if (s.exit().proposedById() == user.id()) {
            throw refuse(step, s, Violation.error(EnrolmentCodes.EXIT_MAKER_CHECKER, "exitId"));
        }
    }

    private void requireActive(String step, Programme programme, EnrolmentRows.Row enrolment) {
        if (enrolment.status() != EnrolmentStatus.AKTIF) {
            throw refuse(step, programme, enrolment,
                    Violation.error(EnrolmentCodes.EXIT_ENROLMENT_NOT_ACTIVE, "enrolmentId", enrolment.status().name()));
        }
    }

    private Programme programmeOf(CurrentUser user, long programmeId) {
        return EnrolmentGuard.inReach(user, programmes.find(programmeId).orElseThrow(() -> new NotFoundException("programme")));
    }

    private ValidationFailedException refuse(String step, Step s, Violation violation) {
        return refuse(step, s.programme(), s.enrolment(), violation);
    }

    private ValidationFailedException refuse(String step, Programme programme, EnrolmentRows.Row enrolment,
            Violation violation) {
        return refusals.refuse(step, programme.code(), enrolment.householdId(), enrolment.id(), enrolment.kabKotaCode(),
                violation);
    }

    private ExitRows.NewExit newExit(EnrolmentRows.Row enrolment, ExitKind kind, ExitSource source, String reason,
            ExitEvidence.Taken taken) {
        return ExitRows.NewExit.of(enrolment, kind, source, reason, taken, json);
    }

    /** Audits the step (before: the exit as it was, null for a new one) and returns the exit as it is now. */
    private EnrolmentExit recorded(ExitRows.Row before, long exitId, Programme programme, String detail) {
        EnrolmentExit after = exits.find(exitId, Scope.PROVINCE).orElseThrow().view(programme.code());
        audit.recordChange(before == null ? AuditAction.CREATE : AuditAction.UPDATE, EntityRef.of("ENROLMENT_EXIT", exitId),
                after.kabKotaCode(), before == null ? null : state(before.view(programme.code())), state(after), detail);
        return after;
    }

    private static String text(String value, String requiredCode, String field) {
        String t = optionalText(value, field);
        if (t == null) {
            throw new ValidationFailedException(Violation.error(requiredCode, field));
        }
        return t;
    }

    private static String optionalText(String value, String field) {
        String t = value == null ? "" : value.strip();
        if (t.length() > TEXT_MAX) {
            throw new ValidationFailedException(Violation.error(EnrolmentCodes.TOO_LONG, field, TEXT_MAX));
        }
        return t.isEmpty() ? null : t;
    }

    /** The exit as its audit events show it. */
    static Map<String, Object> state(EnrolmentExit x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enrolmentId", x.enrolmentId());
        m.put("programme", x.programmeCode());
        m.put("householdId", x.householdId());
        m.put("kind", x.kind().name());
        m.put("status", x.status().name());
        m.put("source", x.source().name());
        m.put("reason", x.reason());
        m.put("proposedBy", x.proposedBy());
        m.put("verifiedBy", x.verifiedBy());
        m.put("verificationNote", x.verificationNote());
        m.put("decidedBy", x.decidedBy());
        m.put("decisionReason", x.decisionReason());
        m.put("exitDate", x.exitDate() == null ? null : x.exitDate().toString());
        m.put("registryConfirms", x.registryConfirms());
        return m;
    }
}
