package id.jaring.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.access.CurrentUsers;
import id.jaring.access.Role;
import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;

/**
 * What administrators do to users: create, change role and scope, enable and disable, reset a
 * password, lift a lock. Every change is validated in full before anything is written (so a
 * failure saves nothing) and audited with the states before and after, never the password hash.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UserAdministration {

    static final String USER = "USER";

    private final UserAccounts users;
    private final UserCreation creation;
    private final UserRules rules;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    UserAdministration(UserAccounts users, UserCreation creation, UserRules rules, PasswordEncoder encoder,
            AuditLog audit, CurrentUsers currentUsers, Clock clock) {
        this.users = users;
        this.creation = creation;
        this.rules = rules;
        this.encoder = encoder;
        this.audit = audit;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** A new user; {@code regionCode} is a kab/kota (or blank), {@code subRegionCode} a kecamatan/desa in it. */
    public record NewUser(String username, String displayName, String password, Role role, String agencyCode,
            String regionCode, String subRegionCode) {
    }

    /** The editable part of a user. */
    public record Profile(String displayName, Role role, String agencyCode, String regionCode, String subRegionCode) {
    }

    @Transactional(readOnly = true)
    public List<UserAccount> page(int page, int size) {
        return users.page(Math.max(0, page) * size, size);
    }

    @Transactional(readOnly = true)
    public long count() {
        return users.count();
    }

    @Transactional(readOnly = true)
    public UserAccount get(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("User"));
    }

    @Transactional
    public long create(NewUser command) {
        return creation.create(command, null);
    }

    @Transactional
    public void update(long id, Profile profile) {
        UserAccount before = users.findByIdForUpdate(id).orElseThrow(() -> new NotFoundException("User"));
        List<Violation> violations = new ArrayList<>();
        String displayName = rules.displayName(profile.displayName(), violations);
        rules.role(profile.role(), violations);
        String agency = rules.agency(profile.role(), profile.agencyCode(), violations);
        String region = rules.region(profile.role(), profile.regionCode(), profile.subRegionCode(), violations);
        if (before.role() == Role.ADMIN && profile.role() != null && profile.role() != Role.ADMIN) {
            keepAnAdministrator(before, "role", violations);
        }
        if (!violations.isEmpty()) {
            throw new ValidationFailedException(violations);
        }
        users.updateProfile(id, displayName, profile.role(), agency, region, clock.instant());
        UserAccount after = users.findById(id).orElseThrow();
        if (before.role() != after.role()) {
            audit.recordChange(AuditAction.GRANT, EntityRef.of(USER, id), after.scope().kabKotaCode(),
                    before.auditState(), after.auditState(), "role " + before.role() + " -> " + after.role());
        } else if (!before.auditState().equals(after.auditState())) {
            audit.recordChange(AuditAction.UPDATE, EntityRef.of(USER, id), after.scope().kabKotaCode(),
                    before.auditState(), after.auditState(), "profile changed");
        }
    }

    @Transactional
    public void setEnabled(long id, boolean enabled) {
        UserAccount before = users.findByIdForUpdate(id).orElseThrow(() -> new NotFoundException("User"));
        if (before.enabled() == enabled) {
            return;
        }
        if (!enabled) {
            List<Violation> violations = new ArrayList<>();
            if (before.id() == currentUsers.current().id()) {
                violations.add(Violation.error("CANNOT_DISABLE_SELF", "enabled"));
            } else if (before.role() == Role.ADMIN) {
                keepAnAdministrator(before, "enabled", violations);
            }
            if (!violations.isEmpty()) {
                throw new ValidationFailedException(violations);
            }
        }
        users.setEnabled(id, enabled, clock.instant());
        recordUpdate(before, enabled ? "enabled" : "disabled");
    }

    @Transactional
    public void resetPassword(long id, String newPassword) {
        UserAccount before = users.findByIdForUpdate(id).orElseThrow(() -> new NotFoundException("User"));
        List<Violation> violations = PasswordPolicy.check(newPassword, "password");
        if (!violations.isEmpty()) {
            throw new ValidationFailedException(violations);
        }
        users.setPassword(id, encoder.encode(newPassword), clock.instant());
        recordUpdate(before, "password reset");
    }

    @Transactional
    public void unlock(long id) {
        UserAccount before = users.findByIdForUpdate(id).orElseThrow(() -> new NotFoundException("User"));
        users.unlock(id, clock.instant());
        recordUpdate(before, "unlocked");
    }

    public Instant now() {
        return clock.instant();
    }

    private void recordUpdate(UserAccount before, String detail) {
        UserAccount after = users.findById(before.id()).orElseThrow();
        Map<String, Object> afterState = after.auditState();
        audit.recordChange(AuditAction.UPDATE, EntityRef.of(USER, before.id()), after.scope().kabKotaCode(),
                before.auditState(), afterState, detail);
    }

    /** Somebody must still be able to manage users afterwards. */
    private void keepAnAdministrator(UserAccount admin, String field, List<Violation> violations) {
        if (admin.enabled() && users.otherEnabledAdmins(admin.id()) == 0) {
            violations.add(Violation.error("LAST_ADMIN", field));
        }
    }
}
