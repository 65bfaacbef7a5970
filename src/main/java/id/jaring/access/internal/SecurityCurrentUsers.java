package id.jaring.access.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import id.jaring.access.CurrentUser;
import id.jaring.access.CurrentUsers;

/**
 * Reads the acting user from Spring Security. Every way in (form login, API token, batch jobs)
 * leaves a principal that is, or carries, a {@link CurrentUser}.
 */
@Component
class SecurityCurrentUsers implements CurrentUsers {

    @Override
    public CurrentUser current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new AccessDeniedException("not logged in");
        }
        Object principal = auth.getPrincipal();
        if (principal instanceof CurrentUser user) {
            return user;
        }
        if (principal instanceof CarriesCurrentUser carrier) {
            return carrier.currentUser();
        }
        throw new AccessDeniedException("unknown principal");
    }

    /** A principal (such as the UserDetails of form login) that knows its Jaring user. */
    interface CarriesCurrentUser {
        CurrentUser currentUser();
    }
}
