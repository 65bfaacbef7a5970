package id.jaring.access;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs batch work (demo seeding, commands, scheduled jobs) as {@link CurrentUser#SYSTEM}: a
 * province-wide data steward named {@code system} in the audit trail.
 */
public final class SystemActor {

    private SystemActor() {
    }

    private static final Authentication SYSTEM = UsernamePasswordAuthenticationToken.authenticated(
            CurrentUser.SYSTEM, null, List.of(new SimpleGrantedAuthority("ROLE_" + CurrentUser.SYSTEM.role().name())));

    public static <T> T call(Supplier<T> work) {
        return callAs(SYSTEM, work);
    }

    /** Runs the work with the given authentication (null: nobody) in place of the thread's own. */
    public static <T> T callAs(Authentication authentication, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * The work bound to a user, to run on another thread: the calling thread's user when
     * {@code asCaller}, else the system user.
     */
    public static Runnable boundTo(boolean asCaller, Runnable work) {
        Authentication user = asCaller ? SecurityContextHolder.getContext().getAuthentication() : SYSTEM;
        return () -> callAs(user, () -> {
            work.run();
            return null;
        });
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
