package id.jaring.access.internal;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import id.jaring.access.SystemActor;

/**
 * The audit trail names the actor from the security context. Login events happen before anyone
 * is authenticated and provisioning happens on behalf of the system, so these helpers put the
 * right actor in place for the duration of one call.
 */
final class AuditActors {

    private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("jaring-login", "anonymous",
            List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS")));

    private AuditActors() {
    }

    /** Actor {@code anonymous}: a login attempt by someone not (yet) known. */
    static <T> T asAnonymous(Supplier<T> action) {
        return as(ANONYMOUS, action);
    }

    /** Actor {@code system}. */
    static <T> T asSystem(Supplier<T> action) {
        return SystemActor.call(action);
    }

    static <T> T as(Authentication authentication, Supplier<T> action) {
        return SystemActor.callAs(authentication, action);
    }
}
