package id.jaring.enrollment;

import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import id.jaring.access.CurrentUser;
import id.jaring.access.CurrentUsers;
import id.jaring.access.Role;

/**
 * Who takes which step of an exit: proposers (the pendamping and the enrolling roles), verifiers of
 * a MANDIRI graduation (verivali: the kab/kota operator or the data steward), and deciders (the
 * programme owner: its agency's OPD operator, or the data steward). Region limits come from the
 * SQL scope, the owner agency from {@link EnrolmentGuard#inReach}; the maker-checker rule (the
 * proposer takes no further step) from {@link EnrolmentExits}.
 */
@Component
class ExitGuard {

    private static final Set<Role> PROPOSERS = Set.of(Role.PENDAMPING, Role.DATA_STEWARD, Role.OPERATOR_OPD,
            Role.OPERATOR_KABKOTA);
    private static final Set<Role> VERIFIERS = Set.of(Role.OPERATOR_KABKOTA, Role.DATA_STEWARD);
    private static final Set<Role> DECIDERS = Set.of(Role.OPERATOR_OPD, Role.DATA_STEWARD);

    private final CurrentUsers users;

    ExitGuard(CurrentUsers users) {
        this.users = users;
    }

    CurrentUser proposer() {
        return require(PROPOSERS, "propose exits");
    }

    CurrentUser verifier() {
        return require(VERIFIERS, "verify exits");
    }

    CurrentUser decider() {
        return require(DECIDERS, "decide exits");
    }

    /** Rejecting: deciders, and verifiers while a MANDIRI graduation waits for verification. */
    CurrentUser rejecter() {
        CurrentUser user = users.current();
        if (!mayVerify(user) && !mayDecide(user)) {
            throw new AccessDeniedException("role " + user.role() + " may not reject exits");
        }
        return user;
    }

    static boolean mayPropose(CurrentUser user) {
        return PROPOSERS.contains(user.role());
    }

    static boolean mayVerify(CurrentUser user) {
        return VERIFIERS.contains(user.role());
    }

    static boolean mayDecide(CurrentUser user) {
        return DECIDERS.contains(user.role());
    }

    /** May reject the exit at its current step (beside the maker-checker rule). */
    static boolean mayReject(CurrentUser user, ExitKind kind, ExitStatus status) {
        return mayDecide(user) || (mayVerify(user) && kind.needsVerification() && status == ExitStatus.DIUSULKAN);
    }

    private CurrentUser require(Set<Role> roles, String what) {
        CurrentUser user = users.current();
        if (!roles.contains(user.role())) {
            throw new AccessDeniedException("role " + user.role() + " may not " + what);
        }
        return user;
    }
}
