package id.jaring.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;

/**
 * Checks a username and password, with lockout: after {@code max-failed-attempts} consecutive
 * wrong passwords the account is locked for {@code lock-duration}, and while locked even the
 * right password is refused. Every outcome is audited against the user's id; attempts on unknown
 * usernames are audited without the name (it may be a mistyped password).
 *
 * <p>All failures look alike to the caller (one message, and the failure handler answers each
 * after the same delay), and an unknown username still costs one password hash, so that neither
 * the answer nor its timing tells whether a username exists.
 */
@Component
class PasswordLogin implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(PasswordLogin.class);
    static final String FAILED = "Bad credentials";

    private final UserAccounts users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SecurityProperties properties;
    private volatile String dummyHash;

    PasswordLogin(UserAccounts users, PasswordEncoder encoder, AuditLog audit, TransactionTemplate tx, Clock clock,
            SecurityProperties properties) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String from = remoteAddress(attempt);

        Optional<UserAccount> found = users.findByUsername(username);
        if (found.isEmpty()) {
            encoder.matches(password, dummyHash());
            failed(null, "unknown username", from);
            throw new BadCredentialsException(FAILED);
        }
        UserAccount user = found.get();
        // the hash is checked before the account state so that every path costs the same
        boolean matches = encoder.matches(password, user.passwordHash());
        Instant now = clock.instant();
        if (!user.enabled()) {
            failed(user, "account disabled", from);
            throw new DisabledException(FAILED);
        }
        if (user.isLockedAt(now)) {
            failed(user, "account locked", from);
            throw new LockedException(FAILED);
        }
        if (!matches) {
            wrongPassword(user, now, from);
            throw new BadCredentialsException(FAILED);
        }
        UserAuthentication authenticated = new UserAuthentication(user.currentUser());
        authenticated.setDetails(attempt.getDetails());
        AuditActors.as(authenticated, () -> tx.execute(status -> {
            users.resetFailures(user.id());
            if (encoder.upgradeEncoding(user.passwordHash())) {
                users.upgradePasswordHash(user.id(), encoder.encode(password));
            }
            audit.recordChange(AuditAction.LOGIN, EntityRef.of("USER", user.id()), user.scope().kabKotaCode(),
                    null, null, detail("login", from));
            return null;
        }));
        log.info("User {} logged in", user.id());
        return authenticated;
    }

    private void wrongPassword(UserAccount user, Instant now, String from) {
        AuditActors.asAnonymous(() -> tx.execute(status -> {
            int failures = users.recordFailure(user.id(), now);
            EntityRef ref = EntityRef.of("USER", user.id());
            audit.recordChange(AuditAction.LOGIN_FAILED, ref, user.scope().kabKotaCode(), null, null,
                    detail("wrong password, failure " + failures, from));
            if (failures >= properties.maxFailedAttempts()) {
                Instant until = now.plus(properties.lockDuration());
                users.lockUntil(user.id(), until);
                audit.recordChange(AuditAction.LOCKED, ref, user.scope().kabKotaCode(), null,
                        java.util.Map.of("lockedUntil", until.toString()),
                        detail(failures + " consecutive failures", from));
                log.warn("User {} locked until {} after {} failed logins", user.id(), until, failures);
            }
            return null;
        }));
    }

    private void failed(UserAccount user, String reason, String from) {
        AuditActors.asAnonymous(() -> tx.execute(status -> {
            audit.recordChange(AuditAction.LOGIN_FAILED, EntityRef.of("USER", user == null ? "unknown" : user.id()),
                    user == null ? null : user.scope().kabKotaCode(), null, null, detail(reason, from));
            return null;
        }));
    }

    private static String detail(String what, String from) {
        return from == null ? what : what + " from " + from;
    }

    private static String remoteAddress(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    /** A hash to compare against when the username is unknown, so that such attempts take as long. */
    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = encoder.encode(UUID.randomUUID().toString());
            dummyHash = hash;
        }
        return hash;
    }
}
