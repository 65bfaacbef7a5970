package id.jaring.enrollment;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import id.jaring.access.Scope;
import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.program.Programme;
import id.jaring.program.Quotas;

/**
 * Ends an active enrolment for an approved exit, in the caller's transaction: status SELESAI with
 * the end date and the kind, the quota seat given back (its slot number is free for the next
 * approval), audited as an ENROLMENT UPDATE, and {@link EnrolmentEnded} published so that the slot
 * is handed on ({@link Replacements}).
 */
@Component
class EnrolmentEnding {

    private final EnrolmentRows rows;
    private final Quotas quotas;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnrolmentEnding(EnrolmentRows rows, Quotas quotas, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.quotas = quotas;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** @param enrolment the enrolment, locked by the caller and AKTIF */
    void end(EnrolmentRows.Row enrolment, Programme programme, long exitId, ExitKind kind, LocalDate endDate) {
        rows.end(enrolment.id(), endDate, kind, clock.instant());
        if (!quotas.releaseSeat(programme.id(), enrolment.kabKotaCode())) {
            throw new IllegalStateException("no seat to give back for enrolment " + enrolment.id());
        }
        Enrolment after = rows.find(enrolment.id(), Scope.PROVINCE).orElseThrow().view(programme.code());
        audit.recordChange(AuditAction.UPDATE, EntityRef.of("ENROLMENT", enrolment.id()), enrolment.kabKotaCode(),
                EnrolmentProposals.state(enrolment.view(programme.code())), EnrolmentProposals.state(after),
                "ended: " + kind.name() + " (exit " + exitId + ")");
        events.publishEvent(new EnrolmentEnded(enrolment.id(), exitId, programme.id(), programme.code(),
                enrolment.kabKotaCode(), enrolment.householdId(), kind, endDate, enrolment.slotNo()));
    }
}
