package id.jaring.registry;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import id.jaring.access.CurrentUser;
import id.jaring.access.CurrentUsers;

/**
 * Who may do what in the registry: reading personal data needs {@code Role.canReadPersons()}
 * (so not PIMPINAN), changing needs {@code Role.canEditRegistry()}. Region limits are applied
 * in SQL by the repositories through {@link ScopeFilter}.
 */
@Component
class RegistryGuard {

    private final CurrentUsers users;

    RegistryGuard(CurrentUsers users) {
        this.users = users;
    }

    /** The current user, who may read families and people. */
    CurrentUser reader() {
        CurrentUser user = users.current();
        if (!user.role().canReadPersons()) {
            throw new AccessDeniedException("role " + user.role() + " may not read registry records");
        }
        return user;
    }

    /** The current user, who may change families and people. */
    CurrentUser editor() {
        CurrentUser user = users.current();
        if (!user.role().canEditRegistry()) {
            throw new AccessDeniedException("role " + user.role() + " may not change the registry");
        }
        return user;
    }

    /** The current user, who may merge person records and undo merges (DATA_STEWARD, ADMIN). */
    CurrentUser merger() {
        CurrentUser user = users.current();
        if (!user.role().canMergePersons()) {
            throw new AccessDeniedException("role " + user.role() + " may not merge person records");
        }
        return user;
    }

    /** Anyone logged in (aggregate counts carry no personal data). */
    CurrentUser anyone() {
        return users.current();
    }
}
