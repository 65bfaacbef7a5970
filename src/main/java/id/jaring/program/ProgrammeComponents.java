package id.jaring.program;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;

/**
 * The benefit components of a programme, highest amount per year first (the order the component
 * cap keeps). Managed by DATA_STEWARD/ADMIN and the owner agency's OPERATOR_OPD.
 */
@Service
public class ProgrammeComponents {

    private final ProgramGuard guard;
    private final ProgrammeRows rows;
    private final AuditLog audit;

    ProgrammeComponents(ProgramGuard guard, ProgrammeRows rows, AuditLog audit) {
        this.guard = guard;
        this.rows = rows;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<BenefitComponent> of(String programmeCode) {
        guard.reader();
        return rows.components(programme(programmeCode).id());
    }

    @Transactional(readOnly = true)
    public BenefitComponent get(String programmeCode, String componentCode) {
        guard.reader();
        return rows.component(programme(programmeCode).id(), componentCode)
                .orElseThrow(() -> new NotFoundException("component"));
    }

    @Transactional
    public BenefitComponent add(String programmeCode, ComponentData data) {
        Programme p = programme(programmeCode);
        guard.manager(p);
        ProgramValidator.throwIfAny(ProgramValidator.component(data));
        long id = rows.insertComponent(p.id(), data).orElseThrow(() -> new ValidationFailedException(
                Violation.error(ProgramCodes.COMPONENT_CODE_TAKEN, "code", data.code())));
        audit.recordChange(AuditAction.CREATE, EntityRef.of("PROGRAMME_COMPONENT", id), null, null,
                AuditStates.of(p.code(), data), null);
        return rows.component(p.id(), data.code()).orElseThrow();
    }

    /** Changes name and amounts; the code stays. */
    @Transactional
    public BenefitComponent update(String programmeCode, String componentCode, ComponentData data) {
        Programme p = programme(programmeCode);
        guard.manager(p);
        BenefitComponent before = rows.component(p.id(), componentCode).orElseThrow(() -> new NotFoundException("component"));
        ComponentData after = new ComponentData(before.code(), data.name(), data.amountPerYear(), data.tahapPerYear(),
                data.amountPerTahap());
        ProgramValidator.throwIfAny(ProgramValidator.component(after));
        rows.updateComponent(before.id(), after);
        audit.recordChange(AuditAction.UPDATE, EntityRef.of("PROGRAMME_COMPONENT", before.id()), null,
                AuditStates.of(p.code(), before.data()), AuditStates.of(p.code(), after), null);
        return rows.component(p.id(), componentCode).orElseThrow();
    }

    private Programme programme(String code) {
        return rows.find(code == null ? "" : code)
                .orElseThrow(() -> new NotFoundException("programme"));
    }
}
