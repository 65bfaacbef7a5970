package id.jaring.targeting.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import id.jaring.access.CurrentUser;
import id.jaring.access.CurrentUsers;
import id.jaring.access.Role;

/** Who may change weights and start ranking runs: the data steward and the administrator. */
@Component
public class TargetingGuard {

    private final CurrentUsers users;

    TargetingGuard(CurrentUsers users) {
        this.users = users;
    }

    public CurrentUser steward() {
        CurrentUser user = users.current();
        if (!mayManage(user)) {
            throw new AccessDeniedException("role " + user.role() + " may not manage the welfare ranking");
        }
        return user;
    }

    public static boolean mayManage(CurrentUser user) {
        return user.role() == Role.DATA_STEWARD || user.role() == Role.ADMIN;
    }

    public CurrentUser current() {
        return users.current();
    }
}
