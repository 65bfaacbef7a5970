package id.jaring.access.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import id.jaring.access.CurrentUser;
import id.jaring.access.Role;
import id.jaring.access.Scope;

/** A row of {@code app_user}. The password hash never leaves this module's services. */
public record UserAccount(long id, String username, String displayName, String passwordHash, Role role,
        String agencyCode, String regionCode, boolean enabled, int failedAttempts, Instant lockedUntil,
        Instant createdAt, Instant updatedAt) {

    public Scope scope() {
        return new Scope(agencyCode, regionCode);
    }

    public CurrentUser currentUser() {
        return new CurrentUser(id, username, role, scope());
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** May act: enabled and not locked. */
    public boolean isActiveAt(Instant now) {
        return enabled && !isLockedAt(now);
    }

    /** The state written to the audit trail: everything but the password hash. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", username);
        state.put("displayName", displayName);
        state.put("role", role.name());
        state.put("agencyCode", agencyCode);
        state.put("regionCode", regionCode);
        state.put("enabled", enabled);
        state.put("lockedUntil", lockedUntil == null ? null : lockedUntil.toString());
        return state;
    }
}
