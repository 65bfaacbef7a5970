package id.jaring.support;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import id.jaring.access.CurrentUser;
import id.jaring.access.Role;
import id.jaring.access.Scope;

/**
 * Authentications for tests: a user of a role and a region, as the service layer sees it. Use
 * with MockMvc ({@code .with(authentication(TestUsers.as(...)))}) or {@link #runAs}.
 */
public final class TestUsers {

    private TestUsers() {
    }

    public static Authentication as(Role role, String regionCode) {
        return as(new CurrentUser(1000 + role.ordinal(), "test-" + role.name().toLowerCase(), role,
                new Scope(null, regionCode)));
    }

    public static Authentication as(CurrentUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
    }

    /** Runs the action with the given authentication in the security context of this thread. */
    public static void runAs(Authentication auth, Runnable action) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            action.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
