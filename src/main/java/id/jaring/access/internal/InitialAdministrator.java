package id.jaring.access.internal;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.jaring.access.Role;
import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditLog;
import id.jaring.audit.EntityRef;

/**
 * Makes sure a fresh installation can be administered: when no ADMIN user exists, it creates
 * {@code admin} with the password of {@code jaring.admin.password} (env JARING_ADMIN_PASSWORD),
 * or else with a generated one printed once to the console. There is no default password. Once an
 * administrator exists this does nothing, so restarts change nobody's password.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class InitialAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccounts users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String configuredPassword;
    private final PrintStream console;

    @Autowired
    InitialAdministrator(UserAccounts users, PasswordEncoder encoder, AuditLog audit, TransactionTemplate tx, Clock clock,
            @Value("${jaring.admin.password:}") String configuredPassword) {
        this(users, encoder, audit, tx, clock, configuredPassword, System.out);
    }

    InitialAdministrator(UserAccounts users, PasswordEncoder encoder, AuditLog audit, TransactionTemplate tx, Clock clock,
            String configuredPassword, PrintStream console) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.configuredPassword = configuredPassword;
        this.console = console;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensureAdministrator();
    }

    /** @return true when an administrator was created now */
    boolean ensureAdministrator() {
        boolean configured = configuredPassword != null && !configuredPassword.isBlank();
        if (configured && !PasswordPolicy.check(configuredPassword, "password").isEmpty()) {
            throw new IllegalStateException("jaring.admin.password (JARING_ADMIN_PASSWORD) must have "
                    + PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH + " characters");
        }
        String password = configured ? configuredPassword : generatePassword();
        Boolean created = AuditActors.asSystem(() -> tx.execute(status -> {
            if (users.anyAdmin()) {
                return false;
            }
            if (users.findByUsername(USERNAME).isPresent()) {
                // someone made 'admin' a lesser user; promoting it silently would be a surprise
                log.warn("No ADMIN user exists and the username '{}' is taken: create an administrator by hand", USERNAME);
                return false;
            }
            long id = users.insert(USERNAME, "Administrator", encoder.encode(password), Role.ADMIN, null, null,
                    clock.instant());
            audit.recordChange(AuditAction.CREATE, EntityRef.of(UserAdministration.USER, id), null, null,
                    users.findById(id).orElseThrow().auditState(), "initial administrator");
            return true;
        }));
        if (Boolean.TRUE.equals(created)) {
            log.info("Created the initial administrator '{}'", USERNAME);
            if (!configured) {
                printOnce(password);
            }
        }
        return Boolean.TRUE.equals(created);
    }

    /** Straight to the console, never through the logger, so that it does not end up in log files. */
    private void printOnce(String password) {
        String line = "=".repeat(72);
        console.println();
        console.println(line);
        console.println("  JARING: initial administrator created");
        console.println("    username: " + USERNAME);
        console.println("    password: " + password);
        console.println("  This password is shown only now. Keep it safe, or reset it under Users");
        console.println("  (set JARING_ADMIN_PASSWORD before a first start to choose it).");
        console.println(line);
        console.println();
        console.flush();
    }

    /** 18 random bytes: 24 base64url characters, 144 bits. */
    static String generatePassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
