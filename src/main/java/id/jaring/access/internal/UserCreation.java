package id.jaring.access.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;

/**
 * Creates a user after checking every rule; nothing is written when one fails. Who may call it is
 * decided by the callers: {@link UserAdministration} (administrators) and
 * {@link SystemUserProvisioning} (set-up code).
 */
@Component
class UserCreation {

    private final UserAccounts users;
    private final UserRules rules;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    UserCreation(UserAccounts users, UserRules rules, PasswordEncoder encoder, AuditLog audit, Clock clock) {
        this.users = users;
        this.rules = rules;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long create(UserAdministration.NewUser command, String detail) {
        List<Violation> violations = new ArrayList<>();
        String username = UserAccounts.normalise(command.username());
        rules.username(username, violations);
        String displayName = rules.displayName(command.displayName(), violations);
        violations.addAll(PasswordPolicy.check(command.password(), "password"));
        rules.role(command.role(), violations);
        String agency = rules.agency(command.role(), command.agencyCode(), violations);
        String region = rules.region(command.role(), command.regionCode(), command.subRegionCode(), violations);
        if (violations.isEmpty() && users.findByUsername(username).isPresent()) {
            violations.add(Violation.error("USERNAME_TAKEN", "username"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationFailedException(violations);
        }
        long id;
        try {
            id = users.insert(username, displayName, encoder.encode(command.password()), command.role(), agency, region,
                    clock.instant());
        } catch (DuplicateKeyException raced) {
            throw new ValidationFailedException(Violation.error("USERNAME_TAKEN", "username"));
        }
        UserAccount created = users.findById(id).orElseThrow();
        audit.recordChange(AuditAction.CREATE, EntityRef.of(UserAdministration.USER, id), created.scope().kabKotaCode(), null,
                created.auditState(), detail);
        return id;
    }

}
