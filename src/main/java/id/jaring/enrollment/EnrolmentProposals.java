package id.jaring.enrollment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.access.CurrentUser;
import id.jaring.access.Role;
import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.program.Programme;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import id.jaring.registry.HouseholdStatus;
import id.jaring.registry.HouseholdSummary;
import id.jaring.registry.RegistrySearch;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maker-checker enrolment: one user proposes a family for a programme, a second user approves
 * (the family becomes a KPM from the Clock's date) or rejects it with a reason. Each refusal has
 * its code ({@link EnrolmentCodes}) and is audited; approvals take a quota slot in their own
 * transaction, so the quota is never exceeded, also by approvers racing for the last slot.
 */
@Service
public class EnrolmentProposals {

    static final int NOTE_MAX = 500;

    private final EnrolmentGuard guard;
    private final EnrolmentRows rows;
    private final Programmes programmes;
    private final Quotas quotas;
    private final FamilyEvidence families;
    private final RegistrySearch search;
    private final Refusals refusals;
    private final EligibilityEvidence eligibility;
    private final AuditLog audit;
    private final Clock clock;
    private final ReentryGuard reentry;
    private final ApplicationEventPublisher events;
    private final JsonMapper json = JsonMapper.builder().build();

    EnrolmentProposals(EnrolmentGuard guard, EnrolmentRows rows, Programmes programmes, Quotas quotas,
            FamilyEvidence families, RegistrySearch search, Refusals refusals, EligibilityEvidence eligibility,
            AuditLog audit, Clock clock, ReentryGuard reentry, ApplicationEventPublisher events) {
        this.reentry = reentry;
        this.events = events;
        this.eligibility = eligibility;
        this.guard = guard;
        this.rows = rows;
        this.programmes = programmes;
        this.quotas = quotas;
        this.families = families;
        this.search = search;
        this.refusals = refusals;
        this.audit = audit;
        this.clock = clock;
    }

    /** The programmes running today that the current user may propose families for (OPD operators: their agency's). */
    @Transactional(readOnly = true)
    public List<Programme> proposable() {
        CurrentUser user = guard.enroller();
        LocalDate today = LocalDate.now(clock);
        return programmes.list().stream()
                .filter(p -> p.runningOn(today) && !EnrolmentGuard.outOfReach(user, p))
                .toList();
    }

    /** True when the current user may let a recently graduated family be proposed again (the data steward). */
    public boolean mayOverrideReentry() {
        return guard.enroller().role() == Role.DATA_STEWARD;
    }

    /**
     * Proposes a family. Refused: PROGRAMME_NOT_ACTIVE, family moved/dissolved or duplicate, no
     * living member, not selected by the programme's rule in force (ENROLMENT_NOT_ELIGIBLE; the result of
     * an accepted proposal is stored in {@code eligibility_result}), already proposed or enrolled (ENROLMENT_DUPLICATE), no slot left in the
     * family's kab/kota (QUOTA_EXHAUSTED; approval checks again, and that check is the binding one), graduated
     * from the programme less than its re-entry wait ago (ENROLMENT_REENTRY_WAIT) unless the data steward gives
     * a reason to override ({@link Propose#reentryOverrideReason()}, stored with the proposal and audited).
     *
     * @throws NotFoundException when the programme or the family is unknown or out of the caller's reach
     */
    @Transactional
    public Enrolment propose(Propose command) {
        CurrentUser user = guard.enroller();
        String note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
        if (note != null && note.length() > NOTE_MAX) {
            throw new ValidationFailedException(Violation.error(EnrolmentCodes.TOO_LONG, "note", NOTE_MAX));
        }
        Programme programme = EnrolmentGuard.inReach(user,
                programmes.find(command.programmeCode()).orElseThrow(() -> new NotFoundException("programme")));
        return propose(user, programme, householdId(command), note, command.reentryOverrideReason(), null);
    }

    /**
     * Proposes the family as the system to hand on the slot of an ended enrolment (a replacement);
     * a person approves it as any proposal. Runs in the caller's transaction; refusals as for
     * {@link #propose(Propose)}.
     */
    Enrolment proposeReplacement(String programmeCode, long householdId, long replacedEnrolmentId) {
        CurrentUser user = guard.enroller();
        Programme programme = programmes.find(programmeCode).orElseThrow(() -> new NotFoundException("programme"));
        return propose(user, programme, householdId, null, null, replacedEnrolmentId);
    }

    private Enrolment propose(CurrentUser user, Programme programme, long householdId, String note, String override,
            Long replaces) {
        LocalDate today = LocalDate.now(clock);
        FamilyEvidence.Family family = families.of(householdId, today);
        String kab = family.household().kabKotaCode();
        check("PROPOSE", programme, family, null, today);
        String reentryOverride = reentry.check(user, programme, householdId, kab, override, today);
        EligibilityEvidence.Result eligible = eligible("PROPOSE", programme, family, null, today);
        if (rows.openExists(programme.id(), householdId)) {
            throw refusals.refuse("PROPOSE", programme.code(), householdId, null, kab,
                    Violation.error(EnrolmentCodes.ENROLMENT_DUPLICATE, "householdId", programme.code()));
        }
        if (quotas.of(programme, kab).remaining() <= 0) {
            throw refusals.refuse("PROPOSE", programme.code(), householdId, null, kab,
                    Violation.error(EnrolmentCodes.QUOTA_EXHAUSTED, "programmeCode", programme.code(), kab));
        }
        Instant now = clock.instant();
        String evidence = json.writeValueAsString(family.evidence());
        long id = rows.insertProposal(new EnrolmentRows.NewProposal(programme.id(), householdId,
                family.household().noKk(), kab, family.household().desaCode(), note, evidence,
                json.writeValueAsString(eligible.json()), replaces, reentryOverride), user, now)
                .orElseThrow(() -> refusals.refuse("PROPOSE", programme.code(), householdId, null, kab,
                        Violation.error(EnrolmentCodes.ENROLMENT_DUPLICATE, "householdId", programme.code())));
        Enrolment created = rows.find(id, user.scope()).orElseThrow().view(programme.code());
        audit.recordChange(AuditAction.CREATE, EntityRef.of("ENROLMENT", id), kab, null, state(created),
                replaces != null ? "proposed to replace enrolment " + replaces
                        : reentryOverride != null ? "proposed; re-entry wait overridden" : "proposed");
        return created;
    }

    /**
     * Approves a proposal as a second user: re-checks the programme and the family as they are
     * now, takes a quota slot and makes the family a KPM from today. Refused: MAKER_CHECKER (own
     * proposal), ENROLMENT_NOT_PENDING, PROGRAMME_NOT_ACTIVE, family codes, ENROLMENT_NOT_ELIGIBLE (the rule
     * is evaluated again and its result replaces the proposal's), QUOTA_EXHAUSTED.
     */
    @Transactional
    public Enrolment approve(long enrolmentId) {
        CurrentUser user = guard.enroller();
        EnrolmentRows.Row row = decidable(user, enrolmentId);
        Programme programme = programmeOf(user, row);
        LocalDate today = LocalDate.now(clock);
        FamilyEvidence.Family family = families.of(row.householdId(), today);
        check("APPROVE", programme, family, enrolmentId, today);
        EligibilityEvidence.Result eligible = eligible("APPROVE", programme, family, enrolmentId, today);
        if (!quotas.takeSeat(programme.id(), row.kabKotaCode())) {
            throw refusals.refuse("APPROVE", programme.code(), row.householdId(), enrolmentId, row.kabKotaCode(),
                    Violation.error(EnrolmentCodes.QUOTA_EXHAUSTED, "programmeCode", programme.code(), row.kabKotaCode()));
        }
        int slot = rows.freeSlot(programme.id(), row.kabKotaCode(), quotas.of(programme, row.kabKotaCode()).quota(),
                row.replacesEnrolmentId() == null ? null : rows.slotOf(row.replacesEnrolmentId()));
        Enrolment before = row.view(programme.code());
        rows.approve(enrolmentId, user, clock.instant(), today, programme.plannedEnd(today), slot,
                json.writeValueAsString(family.evidence()), json.writeValueAsString(eligible.json()));
        Enrolment after = rows.find(enrolmentId, user.scope()).orElseThrow().view(programme.code());
        audit.recordChange(AuditAction.UPDATE, EntityRef.of("ENROLMENT", enrolmentId), row.kabKotaCode(), state(before),
                state(after), "approved");
        return after;
    }

    /** Rejects a proposal as a second user, with a reason. */
    @Transactional
    public Enrolment reject(long enrolmentId, String reason) {
        CurrentUser user = guard.enroller();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new ValidationFailedException(Violation.error(EnrolmentCodes.REASON_REQUIRED, "reason"));
        }
        if (why.length() > NOTE_MAX) {
            throw new ValidationFailedException(Violation.error(EnrolmentCodes.TOO_LONG, "reason", NOTE_MAX));
        }
        EnrolmentRows.Row row = decidable(user, enrolmentId);
        Programme programme = programmeOf(user, row);
        Enrolment before = row.view(programme.code());
        rows.reject(enrolmentId, user, clock.instant(), why);
        Enrolment after = rows.find(enrolmentId, user.scope()).orElseThrow().view(programme.code());
        audit.recordChange(AuditAction.UPDATE, EntityRef.of("ENROLMENT", enrolmentId), row.kabKotaCode(), state(before),
                state(after), "rejected");
        if (row.replacesEnrolmentId() != null) {
            events.publishEvent(new ReplacementRejected(enrolmentId, row.replacesEnrolmentId(), programme.code(),
                    row.kabKotaCode()));
        }
        return after;
    }

    /** The proposal, locked, in reach, still pending, and not the caller's own. */
    private EnrolmentRows.Row decidable(CurrentUser user, long enrolmentId) {
        EnrolmentRows.Row row = rows.lock(enrolmentId, user.scope()).orElseThrow(() -> new NotFoundException("enrolment"));
        Programme programme = programmeOf(user, row);
        if (row.proposedById() == user.id()) {
            throw refusals.refuse("DECIDE", programme.code(), row.householdId(), enrolmentId, row.kabKotaCode(),
                    Violation.error(EnrolmentCodes.MAKER_CHECKER, "enrolmentId"));
        }
        if (row.status() != EnrolmentStatus.DIUSULKAN) {
            throw refusals.refuse("DECIDE", programme.code(), row.householdId(), enrolmentId, row.kabKotaCode(),
                    Violation.error(EnrolmentCodes.NOT_PENDING, "enrolmentId", row.status().name()));
        }
        return row;
    }

    private Programme programmeOf(CurrentUser user, EnrolmentRows.Row row) {
        return EnrolmentGuard.inReach(user,
                programmes.find(row.programmeId()).orElseThrow(() -> new NotFoundException("programme")));
    }

    /** The rules both proposal and approval check, on the programme and the family as they are today. */
    private void check(String step, Programme programme, FamilyEvidence.Family family, Long enrolmentId, LocalDate today) {
        long householdId = family.household().householdId();
        String kab = family.household().kabKotaCode();
        if (!programme.runningOn(today)) {
            throw refusals.refuse(step, programme.code(), householdId, enrolmentId, kab,
                    Violation.error(EnrolmentCodes.PROGRAMME_NOT_ACTIVE, "programmeCode", programme.code()));
        }
        if (family.status() == HouseholdStatus.DUPLIKAT) {
            throw refusals.refuse(step, programme.code(), householdId, enrolmentId, kab,
                    Violation.error(EnrolmentCodes.HOUSEHOLD_DUPLICATE, "householdId"));
        }
        if (family.status() != HouseholdStatus.AKTIF) {
            throw refusals.refuse(step, programme.code(), householdId, enrolmentId, kab,
                    Violation.error(EnrolmentCodes.HOUSEHOLD_NOT_ACTIVE, "householdId", family.status().name()));
        }
        if (family.livingMembers() == 0) {
            throw refusals.refuse(step, programme.code(), householdId, enrolmentId, kab,
                    Violation.error(EnrolmentCodes.NO_LIVING_MEMBER, "householdId"));
        }
    }

    /** The rule in force evaluated for the family; refused with ENROLMENT_NOT_ELIGIBLE unless TRUE. */
    private EligibilityEvidence.Result eligible(String step, Programme programme, FamilyEvidence.Family family,
            Long enrolmentId, LocalDate today) {
        EligibilityEvidence.Result result = eligibility.evaluate(programme, family.household(), today);
        if (!result.eligible()) {
            throw refusals.refuse(step, programme.code(), family.household().householdId(), enrolmentId,
                    family.household().kabKotaCode(),
                    EligibilityEvidence.notEligible(programme, result));
        }
        return result;
    }

    /** The household id given, or that of the active family with the No. KK (in the caller's scope). */
    private long householdId(Propose command) {
        if (command.householdId() != null) {
            return command.householdId();
        }
        if (command.noKk() == null || command.noKk().isBlank()) {
            throw new ValidationFailedException(Violation.error(EnrolmentCodes.HOUSEHOLD_REQUIRED, "householdId"));
        }
        return search.byNoKk(command.noKk()).stream()
                .filter(s -> s.status() == HouseholdStatus.AKTIF).findFirst()
                .or(() -> search.byNoKk(command.noKk()).stream().findFirst())
                .map(HouseholdSummary::id)
                .orElseThrow(() -> new NotFoundException("household"));
    }

    static Map<String, Object> state(Enrolment e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("programme", e.programmeCode());
        m.put("householdId", e.householdId());
        m.put("kabKota", e.kabKotaCode());
        m.put("status", e.status().name());
        m.put("proposedBy", e.proposedBy());
        m.put("decidedBy", e.decidedBy());
        m.put("decisionReason", e.decisionReason());
        m.put("startDate", e.startDate() == null ? null : e.startDate().toString());
        m.put("plannedEndDate", e.plannedEndDate() == null ? null : e.plannedEndDate().toString());
        m.put("slotNo", e.slotNo());
        m.put("endDate", e.endDate() == null ? null : e.endDate().toString());
        m.put("exitKind", e.exitKind() == null ? null : e.exitKind().name());
        m.put("replacesEnrolmentId", e.replacesEnrolmentId());
        m.put("reentryOverrideReason", e.reentryOverrideReason());
        m.put("reentryOverrideBy", e.reentryOverrideBy());
        return m;
    }
}
