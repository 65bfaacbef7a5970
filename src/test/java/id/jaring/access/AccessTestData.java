package id.jaring.access;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;

import id.jaring.support.TestUsers;

/** Users with unique names for tests that share one database, and the audit rows about them. */
public final class AccessTestData {

    public static final String PASSWORD = "correct horse battery";

    private AccessTestData() {
    }

    public static String uniqueUsername(String stem) {
        return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A real user (a row in app_user) and an authentication carrying it. */
    public record TestAccount(long id, String username, Role role, Scope scope) {

        public CurrentUser currentUser() {
            return new CurrentUser(id, username, role, scope);
        }

        public Authentication authentication() {
            return TestUsers.as(currentUser());
        }
    }

    public static TestAccount user(UserProvisioning provisioning, String stem, Role role, Scope scope) {
        String username = uniqueUsername(stem);
        long id = provisioning.ensureUser(username, "Test " + stem, PASSWORD, role, scope);
        return new TestAccount(id, username, role, scope);
    }

    /** (action, detail) of every audit event of a user or token, oldest first. */
    public static List<Map<String, Object>> auditOf(JdbcClient jdbc, String type, Object id) {
        return jdbc.sql("""
                select action, actor, detail, before_state::text as before, after_state::text as after
                from audit_event where entity_type = :type and entity_id = :id order by id
                """).param("type", type).param("id", String.valueOf(id)).query().listOfRows();
    }
}
