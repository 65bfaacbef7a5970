package id.jaring.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.jaring.access.CurrentUser;

/**
 * Turns a presented bearer token into its owner as the owner is now, so that a changed role or
 * scope, a disabled or locked account take effect on the next request.
 */
@Component
class TokenVerification {

    /** Why a token was refused: the stable codes of the API's 401 answers. */
    enum Refusal { TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED }

    /** Either a user or a refusal. */
    record Outcome(CurrentUser user, Refusal refusal) {
    }

    private final ApiTokens tokens;
    private final Clock clock;

    TokenVerification(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    Outcome verify(String presented) {
        if (!TokenSecrets.wellFormed(presented)) {
            return refused(Refusal.TOKEN_INVALID);
        }
        Optional<ApiTokens.TokenOwner> found = tokens.findByHash(TokenSecrets.hash(presented));
        if (found.isEmpty()) {
            return refused(Refusal.TOKEN_INVALID);
        }
        ApiTokens.TokenOwner token = found.get();
        Instant now = clock.instant();
        if (token.revokedAt() != null) {
            return refused(Refusal.TOKEN_REVOKED);
        }
        if (!token.expiresAt().isAfter(now)) {
            return refused(Refusal.TOKEN_EXPIRED);
        }
        if (!token.owner().isActiveAt(now)) {
            return refused(Refusal.TOKEN_INVALID);
        }
        tokens.touch(token.tokenId(), now);
        return new Outcome(token.owner().currentUser(), null);
    }

    private static Outcome refused(Refusal refusal) {
        return new Outcome(null, refusal);
    }
}
