package id.jaring.program;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;

/** The agencies (OPD). Anyone logged in reads; DATA_STEWARD and ADMIN create and change. */
@Service
public class Agencies {

    private final ProgramGuard guard;
    private final AgencyRows rows;
    private final AuditLog audit;
    private final Clock clock;

    Agencies(ProgramGuard guard, AgencyRows rows, AuditLog audit, Clock clock) {
        this.guard = guard;
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Agency> list() {
        guard.reader();
        return rows.all();
    }

    @Transactional(readOnly = true)
    public Optional<Agency> find(String code) {
        guard.reader();
        return code == null ? Optional.empty() : rows.find(code);
    }

    /** @throws NotFoundException when no agency has the code */
    @Transactional(readOnly = true)
    public Agency get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("agency"));
    }

    @Transactional
    public Agency create(Agency agency) {
        guard.definer();
        ProgramValidator.throwIfAny(ProgramValidator.agency(agency));
        if (!rows.insert(agency, clock.instant())) {
            throw new ValidationFailedException(Violation.error(ProgramCodes.AGENCY_CODE_TAKEN, "code", agency.code()));
        }
        audit.recordChange(AuditAction.CREATE, EntityRef.of("AGENCY", agency.code()), null, null,
                AuditStates.of(agency), null);
        return agency;
    }

    /** Changes name and kind; the code never changes (users and batches carry it). */
    @Transactional
    public Agency update(String code, Agency agency) {
        guard.definer();
        Agency before = rows.find(code).orElseThrow(() -> new NotFoundException("agency"));
        Agency after = new Agency(before.code(), agency.name(), agency.kind());
        ProgramValidator.throwIfAny(ProgramValidator.agency(after));
        rows.update(after, clock.instant());
        audit.recordChange(AuditAction.UPDATE, EntityRef.of("AGENCY", code), null, AuditStates.of(before),
                AuditStates.of(after), null);
        return after;
    }
}
