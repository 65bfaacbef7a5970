package id.jaring.access.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.jaring.access.Role;
import id.jaring.access.Scope;
import id.jaring.access.UserProvisioning;

/** Creates users for set-up code, audited as {@code system}, whoever happens to be logged in. */
@Component
class SystemUserProvisioning implements UserProvisioning {

    private final UserAccounts users;
    private final UserCreation creation;
    private final TransactionTemplate tx;

    SystemUserProvisioning(UserAccounts users, UserCreation creation, TransactionTemplate tx) {
        this.users = users;
        this.creation = creation;
        this.tx = tx;
    }

    @Override
    public long ensureUser(String username, String displayName, String rawPassword, Role role, Scope scope) {
        Scope where = scope == null ? Scope.PROVINCE : scope;
        return AuditActors.asSystem(() -> tx.execute(status -> {
            Optional<UserAccount> existing = users.findByUsername(username);
            if (existing.isPresent()) {
                return existing.get().id();
            }
            return creation.create(new UserAdministration.NewUser(username, displayName, rawPassword,
                    role, where.agencyCode(), where.regionCode(), null), "provisioned");
        }));
    }

    @Override
    public boolean userExists(String username) {
        return users.findByUsername(username).isPresent();
    }
}
