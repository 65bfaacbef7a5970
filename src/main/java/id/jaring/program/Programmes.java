package id.jaring.program;

import java.time.Clock;
import java.util.ArrayList;
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

/** Programmes. Anyone logged in reads; DATA_STEWARD and ADMIN create and change them. */
@Service
public class Programmes {

    private final ProgramGuard guard;
    private final ProgrammeRows rows;
    private final AgencyRows agencies;
    private final AuditLog audit;
    private final Clock clock;

    Programmes(ProgramGuard guard, ProgrammeRows rows, AgencyRows agencies, AuditLog audit, Clock clock) {
        this.guard = guard;
        this.rows = rows;
        this.agencies = agencies;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Programme> list() {
        guard.reader();
        return rows.all();
    }

    @Transactional(readOnly = true)
    public Optional<Programme> find(String code) {
        guard.reader();
        return code == null ? Optional.empty() : rows.find(code);
    }

    @Transactional(readOnly = true)
    public Optional<Programme> find(long id) {
        guard.reader();
        return rows.find(id);
    }

    /** @throws NotFoundException when no programme has the code */
    @Transactional(readOnly = true)
    public Programme get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("programme"));
    }

    /** True when the current user may change this programme's components and quotas. */
    public boolean mayManage(Programme programme) {
        return ProgramGuard.mayManage(guard.reader(), programme);
    }

    /** True when the current user may create and change programmes and agencies. */
    public boolean mayDefine() {
        return ProgramGuard.mayDefine(guard.reader());
    }

    @Transactional
    public Programme create(ProgrammeData given) {
        guard.definer();
        ProgrammeData data = given.withAutomaticExitsOr(AutomaticExits.USULAN);
        validate(data);
        long id = rows.insert(data, clock.instant()).orElseThrow(() -> new ValidationFailedException(
                Violation.error(ProgramCodes.PROGRAMME_CODE_TAKEN, "code", data.code())));
        audit.recordChange(AuditAction.CREATE, EntityRef.of("PROGRAMME", id), null, null, AuditStates.of(data), null);
        return rows.find(id).orElseThrow();
    }

    /**
     * Changes everything but the code (enrolments and rules refer to it); a missing automatic-exits
     * setting keeps the programme's.
     */
    @Transactional
    public Programme update(String code, ProgrammeData data) {
        guard.definer();
        Programme before = rows.find(code).orElseThrow(() -> new NotFoundException("programme"));
        ProgrammeData after = new ProgrammeData(before.code(), data.name(), data.ownerAgency(), data.periodStart(),
                data.periodEnd(), data.maxDurationMonths(), data.componentCap(), data.status(), data.reentryWaitMonths(),
                data.automaticExits() == null ? before.automaticExits() : data.automaticExits());
        validate(after);
        rows.update(before.id(), after, clock.instant());
        audit.recordChange(AuditAction.UPDATE, EntityRef.of("PROGRAMME", before.id()), null,
                AuditStates.of(before.data()), AuditStates.of(after), null);
        return rows.find(before.id()).orElseThrow();
    }

    private void validate(ProgrammeData data) {
        List<Violation> v = new ArrayList<>(ProgramValidator.programme(data));
        if (!ProgramValidator.blank(data.ownerAgency()) && agencies.find(data.ownerAgency()).isEmpty()) {
            v.add(Violation.error(ProgramCodes.AGENCY_UNKNOWN, "ownerAgency", data.ownerAgency()));
        }
        ProgramValidator.throwIfAny(v);
    }
}
