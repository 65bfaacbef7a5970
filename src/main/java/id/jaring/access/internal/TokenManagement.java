package id.jaring.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.jaring.access.CurrentUser;
import id.jaring.access.CurrentUsers;
import id.jaring.access.Role;
import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;

/**
 * Personal API tokens: every user creates, lists and revokes their own; an administrator sees
 * and revokes anyone's. Creation and revocation are audited (entity API_TOKEN).
 */
@Service
public class TokenManagement {

    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 365;
    public static final int DEFAULT_DAYS = 90;
    static final int ADMIN_LIST_LIMIT = 500;

    private final ApiTokens tokens;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;
    private final Clock clock;

    TokenManagement(ApiTokens tokens, CurrentUsers currentUsers, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.clock = clock;
    }

    /** The token just made; {@code secret} is shown to its owner once and kept nowhere. */
    public record CreatedToken(ApiToken token, String secret) {
    }

    @Transactional
    public CreatedToken create(String name, Integer validDays) {
        CurrentUser me = currentUsers.current();
        String trimmed = name == null ? "" : name.strip();
        List<Violation> violations = new ArrayList<>();
        if (trimmed.isEmpty()) {
            violations.add(Violation.error("TOKEN_NAME_REQUIRED", "name"));
        } else if (trimmed.length() > 80) {
            violations.add(Violation.error("TOKEN_NAME_TOO_LONG", "name", 80));
        }
        if (validDays == null || validDays < MIN_DAYS || validDays > MAX_DAYS) {
            violations.add(Violation.error("TOKEN_VALIDITY_RANGE", "validDays", MIN_DAYS, MAX_DAYS));
        }
        if (!violations.isEmpty()) {
            throw new ValidationFailedException(violations);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        TokenSecrets.Issued issued = TokenSecrets.issue();
        long id = tokens.insert(me.id(), trimmed, issued.hash(), issued.prefix(), now, now.plus(validDays, ChronoUnit.DAYS));
        ApiToken token = tokens.findById(id).orElseThrow();
        audit.recordChange(AuditAction.CREATE, EntityRef.of("API_TOKEN", id), me.scope().kabKotaCode(), null,
                token.auditState(), "valid " + validDays + " days");
        return new CreatedToken(token, issued.token());
    }

    /** The caller's own tokens, newest first. */
    @Transactional(readOnly = true)
    public List<ApiToken> mine() {
        return tokens.ofUser(currentUsers.current().id());
    }

    /** Every user's tokens, newest first; administrators only. */
    @Transactional(readOnly = true)
    public List<ApiToken> everyone() {
        requireAdmin();
        return tokens.all(ADMIN_LIST_LIMIT);
    }

    /** Revokes a token of the caller (or anyone's, for an administrator); revoking twice changes nothing. */
    @Transactional
    public void revoke(long tokenId) {
        CurrentUser me = currentUsers.current();
        ApiToken token = tokens.findById(tokenId)
                .filter(t -> t.userId() == me.id() || me.role() == Role.ADMIN)
                .orElseThrow(() -> new NotFoundException("API token"));
        if (tokens.revoke(tokenId, clock.instant())) {
            ApiToken after = tokens.findById(tokenId).orElseThrow();
            audit.recordChange(AuditAction.REVOKE, EntityRef.of("API_TOKEN", tokenId), me.scope().kabKotaCode(),
                    token.auditState(), after.auditState(),
                    token.userId() == me.id() ? "revoked by owner" : "revoked by administrator");
        }
    }

    public Instant now() {
        return clock.instant();
    }

    private void requireAdmin() {
        if (currentUsers.current().role() != Role.ADMIN) {
            throw new org.springframework.security.access.AccessDeniedException("administrators only");
        }
    }
}
