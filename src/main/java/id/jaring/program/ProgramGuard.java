package id.jaring.program;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import id.jaring.access.CurrentUser;
import id.jaring.access.CurrentUsers;
import id.jaring.access.Role;

/**
 * Who may change programme data: DATA_STEWARD and ADMIN define agencies and programmes; an
 * OPERATOR_OPD manages the components and quotas of its own agency's programmes. Programme
 * definitions carry no personal data: everyone logged in reads them.
 */
@Component
class ProgramGuard {

    private final CurrentUsers users;

    ProgramGuard(CurrentUsers users) {
        this.users = users;
    }

    CurrentUser reader() {
        return users.current();
    }

    CurrentUser definer() {
        CurrentUser user = users.current();
        if (!mayDefine(user)) {
            throw new AccessDeniedException("role " + user.role() + " may not define agencies or programmes");
        }
        return user;
    }

    /** May change the components and quotas of this programme. */
    CurrentUser manager(Programme programme) {
        CurrentUser user = users.current();
        if (!mayManage(user, programme)) {
            throw new AccessDeniedException("user " + user.id() + " may not manage programme " + programme.id());
        }
        return user;
    }

    static boolean mayDefine(CurrentUser user) {
        return user.role() == Role.DATA_STEWARD || user.role() == Role.ADMIN;
    }

    static boolean mayManage(CurrentUser user, Programme programme) {
        return mayDefine(user) || (user.role() == Role.OPERATOR_OPD && user.scope().agencyCode() != null
                && user.scope().agencyCode().equals(programme.ownerAgency()));
    }
}
