package id.jaring.enrollment.readiness;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import id.jaring.access.CurrentUser;
import id.jaring.access.CurrentUsers;
import id.jaring.access.Role;
import id.jaring.enrollment.EnrolmentGuard;
import id.jaring.program.Programme;
import id.jaring.program.Programmes;

/**
 * Who may do what with graduation readiness: the data steward and the administrator manage the
 * versions and start computations; the pendamping records field assessments; every role that reads
 * personal data reads a family's readiness (region scope in SQL, an agency operator its agency's
 * programmes only); everyone reads the versions and the counts.
 */
@Component
public class ReadinessGuard {

    private final CurrentUsers users;
    private final Programmes programmes;

    ReadinessGuard(CurrentUsers users, Programmes programmes) {
        this.users = users;
        this.programmes = programmes;
    }

    public CurrentUser current() {
        return users.current();
    }

    public CurrentUser steward() {
        CurrentUser user = users.current();
        if (!mayManage(user)) {
            throw new AccessDeniedException("role " + user.role() + " may not manage graduation readiness");
        }
        return user;
    }

    public CurrentUser reader() {
        CurrentUser user = users.current();
        if (!user.role().canReadPersons()) {
            throw new AccessDeniedException("role " + user.role() + " may not read family readiness");
        }
        return user;
    }

    public CurrentUser assessor() {
        CurrentUser user = users.current();
        if (!mayAssess(user)) {
            throw new AccessDeniedException("role " + user.role() + " may not record field assessments");
        }
        return user;
    }

    public static boolean mayManage(CurrentUser user) {
        return user.role() == Role.DATA_STEWARD || user.role() == Role.ADMIN;
    }

    public static boolean mayAssess(CurrentUser user) {
        return user.role() == Role.PENDAMPING;
    }

    /** The programmes whose KPM the user reaches: every programme, or an agency operator's own. */
    List<Long> programmeIds(CurrentUser user) {
        return programmes.list().stream().filter(p -> !EnrolmentGuard.outOfReach(user, p)).map(Programme::id).toList();
    }
}
