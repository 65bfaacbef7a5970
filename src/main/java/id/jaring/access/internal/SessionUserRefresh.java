package id.jaring.access.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * A web session keeps the user as they were at login; this re-reads them on every request (one
 * primary-key lookup) so that a changed role or scope applies at once and a disabled or locked
 * user is logged out on their next click.
 */
class SessionUserRefresh extends OncePerRequestFilter {

    private final UserAccounts users;
    private final Clock clock;

    SessionUserRefresh(UserAccounts users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof UserAuthentication session) {
            Optional<UserAccount> now = users.findById(session.getPrincipal().id())
                    .filter(u -> u.isActiveAt(clock.instant()));
            if (now.isEmpty()) {
                SecurityContextHolder.clearContext();
                HttpSession httpSession = request.getSession(false);
                if (httpSession != null) {
                    httpSession.invalidate();
                }
            } else if (!now.get().currentUser().equals(session.getPrincipal())) {
                // for this request only: the session keeps the login-time copy and is re-read next time
                UserAuthentication fresh = new UserAuthentication(now.get().currentUser());
                fresh.setDetails(session.getDetails());
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(fresh);
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }
}
