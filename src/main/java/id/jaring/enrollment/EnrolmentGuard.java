package id.jaring.enrollment;

import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import id.jaring.access.CurrentUser;
import id.jaring.access.CurrentUsers;
import id.jaring.access.Role;
import id.jaring.platform.NotFoundException;
import id.jaring.program.Programme;

/**
 * Who may propose and decide enrolments (DATA_STEWARD, OPERATOR_OPD, OPERATOR_KABKOTA) and read
 * them (every role that reads personal data), and which programmes an agency operator reaches: its
 * own agency's only; another agency's programme answers like a missing one (404). Region limits
 * are applied in SQL ({@link EnrolmentRows}) and by the registry's lookups.
 */
@Component
public class EnrolmentGuard {

    private static final Set<Role> ENROLLERS = Set.of(Role.DATA_STEWARD, Role.OPERATOR_OPD, Role.OPERATOR_KABKOTA);

    private final CurrentUsers users;

    EnrolmentGuard(CurrentUsers users) {
        this.users = users;
    }

    CurrentUser enroller() {
        CurrentUser user = users.current();
        if (!ENROLLERS.contains(user.role())) {
            throw new AccessDeniedException("role " + user.role() + " may not propose or decide enrolments");
        }
        return user;
    }

    /** Anyone logged in: for counts without personal data. */
    CurrentUser anyone() {
        return users.current();
    }

    CurrentUser reader() {
        CurrentUser user = users.current();
        if (!user.role().canReadPersons()) {
            throw new AccessDeniedException("role " + user.role() + " may not read enrolments");
        }
        return user;
    }

    static boolean mayEnrol(CurrentUser user) {
        return ENROLLERS.contains(user.role());
    }

    /** @throws NotFoundException when an agency operator asks for another agency's programme */
    public static Programme inReach(CurrentUser user, Programme programme) {
        if (outOfReach(user, programme)) {
            throw new NotFoundException("programme");
        }
        return programme;
    }

    /** A programme's list in one kab/kota: 404 when the programme or the kab/kota lies out of the caller's reach. */
    public static Programme inReach(CurrentUser user, Programme programme, String kabKotaCode) {
        if (kabKotaCode == null || !(user.scope().covers(kabKotaCode)
                || kabKotaCode.equals(user.scope().kabKotaCode()))) {
            throw new NotFoundException("kab/kota");
        }
        return inReach(user, programme);
    }

    public static boolean outOfReach(CurrentUser user, Programme programme) {
        return user.role() == Role.OPERATOR_OPD && !programme.ownerAgency().equals(user.scope().agencyCode());
    }
}
