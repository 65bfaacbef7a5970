package id.jaring.access.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A row of {@code api_token} with its owner's username, for lists. Never holds the secret. */
public record ApiToken(long id, long userId, String ownerUsername, String name, String prefix, Instant createdAt,
        Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {

    public enum Status { ACTIVE, EXPIRED, REVOKED }

    public Status statusAt(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expiresAt.isAfter(now) ? Status.ACTIVE : Status.EXPIRED;
    }

    /** The state written to the audit trail. */
    Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("userId", userId);
        state.put("name", name);
        state.put("prefix", prefix);
        state.put("expiresAt", expiresAt.toString());
        state.put("revokedAt", revokedAt == null ? null : revokedAt.toString());
        return state;
    }
}
