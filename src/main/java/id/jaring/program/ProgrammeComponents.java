package id.jaring.program;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.targeting.EligibilityRules;

/**
 * The benefit components of a programme, highest amount per year first (the order the component
 * cap keeps). Managed by DATA_STEWARD/ADMIN and the owner agency's OPERATOR_OPD. A component's
 * member condition (who it is for) is checked with the rule language
 * ({@link EligibilityRules#checkMemberCondition}); its errors (RULE_* codes with line and column)
 * come back on the field {@code memberCondition}. Every change is audited with before and after.
 */
@Service
public class ProgrammeComponents {

    private final ProgramGuard guard;
    private final ProgrammeRows rows;
    private final AuditLog audit;
    private final EligibilityRules rules;

    ProgrammeComponents(ProgramGuard guard, ProgrammeRows rows, AuditLog audit, EligibilityRules rules) {
        this.guard = guard;
        this.rows = rows;
        this.audit = audit;
        this.rules = rules;
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
        ComponentData checked = checked(data);
        long id = rows.insertComponent(p.id(), checked).orElseThrow(() -> new ValidationFailedException(
                Violation.error(ProgramCodes.COMPONENT_CODE_TAKEN, "code", data.code())));
        audit.recordChange(AuditAction.CREATE, EntityRef.of("PROGRAMME_COMPONENT", id), null, null,
                AuditStates.of(p.code(), checked), null);
        return rows.component(p.id(), checked.code()).orElseThrow();
    }

    /** Changes name, amounts and member condition; the code stays. */
    @Transactional
    public BenefitComponent update(String programmeCode, String componentCode, ComponentData data) {
        Programme p = programme(programmeCode);
        guard.manager(p);
        BenefitComponent before = rows.component(p.id(), componentCode).orElseThrow(() -> new NotFoundException("component"));
        ComponentData after = checked(new ComponentData(before.code(), data.name(), data.amountPerYear(),
                data.tahapPerYear(), data.amountPerTahap(), data.memberCondition()));
        rows.updateComponent(before.id(), after);
        audit.recordChange(AuditAction.UPDATE, EntityRef.of("PROGRAMME_COMPONENT", before.id()), null,
                AuditStates.of(p.code(), before.data()), AuditStates.of(p.code(), after), null);
        return rows.component(p.id(), componentCode).orElseThrow();
    }

    /** The data with its member condition stripped (blank: none), or every problem of it at once. */
    private ComponentData checked(ComponentData data) {
        String condition = data.memberCondition() == null || data.memberCondition().isBlank() ? null
                : data.memberCondition().strip();
        List<Violation> problems = new ArrayList<>(ProgramValidator.component(data));
        if (condition != null) {
            try {
                rules.checkMemberCondition(condition);
            } catch (ValidationFailedException e) {
                e.violations().forEach(v -> problems.add(new Violation(v.code(), "memberCondition", v.severity(), v.args())));
            }
        }
        ProgramValidator.throwIfAny(problems);
        return new ComponentData(data.code(), data.name(), data.amountPerYear(), data.tahapPerYear(), data.amountPerTahap(),
                condition);
    }

    private Programme programme(String code) {
        return rows.find(code == null ? "" : code)
                .orElseThrow(() -> new NotFoundException("programme"));
    }
}
