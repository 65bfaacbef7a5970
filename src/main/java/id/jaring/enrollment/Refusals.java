package id.jaring.enrollment;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;

/**
 * Refuses a proposal or decision: records the refusal in the audit trail in a transaction of its
 * own (the refused work rolls back, its record must not), then throws the refusal's code. Audited
 * as entity ENROLMENT_REFUSAL (action CREATE) with the code, step, programme, family and enrolment.
 */
@Component
class Refusals {

    private final AuditLog audit;
    private final TransactionTemplate separate;

    Refusals(AuditLog audit, PlatformTransactionManager transactions) {
        this.audit = audit;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Always throws. */
    ValidationFailedException refuse(String step, String programmeCode, Long householdId, Long enrolmentId,
            String kabKota, Violation violation) {
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("code", violation.code());
        what.put("step", step);
        what.put("programme", programmeCode);
        what.put("householdId", householdId);
        what.put("enrolmentId", enrolmentId);
        String id = enrolmentId != null ? "enrolment:" + enrolmentId : programmeCode + ":" + householdId;
        separate.executeWithoutResult(tx -> audit.recordChange(AuditAction.CREATE, EntityRef.of("ENROLMENT_REFUSAL", id),
                kabKota, null, what, step + " refused: " + violation.code()));
        throw new ValidationFailedException(violation);
    }
}
