package id.jaring.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import id.jaring.audit.AuditLog;

/**
 * The first administrator. Each test runs in a transaction that is rolled back, after setting
 * aside the administrators that other tests (or the application's own start) created.
 */
@SpringBootTest
@Transactional
class InitialAdministratorTests {

    @Autowired
    UserAccounts users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @BeforeEach
    void noAdministratorYet() {
        jdbc.sql("""
                update app_user set role = 'AUDITOR', username = 'was-' || id
                where role = 'ADMIN' or lower(username) = 'admin'
                """).update();
    }

    @Test
    void createsAdminWithTheConfiguredPasswordOnceAndNeverChangesIt() {
        InitialAdministrator initializer = initializer("Configured pass phrase 1");

        assertThat(initializer.ensureAdministrator()).isTrue();
        UserAccount admin = users.findByUsername("admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(id.jaring.access.Role.ADMIN);
        assertThat(admin.scope().isProvinceWide()).isTrue();
        assertThat(admin.passwordHash()).startsWith("{argon2}$argon2id$");
        assertThat(encoder.matches("Configured pass phrase 1", admin.passwordHash())).isTrue();
        assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain("Configured pass phrase 1");

        // a restart, even with another configured password, leaves the administrator alone
        assertThat(initializer("Another pass phrase 22").ensureAdministrator()).isFalse();
        assertThat(initializer.ensureAdministrator()).isFalse();
        UserAccount again = users.findByUsername("admin").orElseThrow();
        assertThat(again.passwordHash()).isEqualTo(admin.passwordHash());
        assertThat(jdbc.sql("select count(*) from app_user where role = 'ADMIN'").query(Long.class).single()).isOne();
        assertThat(jdbc.sql("""
                select count(*) from audit_event where entity_type = 'USER' and entity_id = :id and action = 'CREATE'
                """).param("id", String.valueOf(admin.id())).query(Long.class).single()).isOne();
    }

    @Test
    void withoutAConfiguredPasswordAGeneratedOneIsPrintedOnce() {
        assertThat(initializer("").ensureAdministrator()).isTrue();

        String printed = console.toString(StandardCharsets.UTF_8);
        Matcher password = Pattern.compile("password: (\\S+)").matcher(printed);
        assertThat(password.find()).isTrue();
        assertThat(password.group(1)).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
        assertThat(encoder.matches(password.group(1), users.findByUsername("admin").orElseThrow().passwordHash())).isTrue();

        console.reset();
        assertThat(initializer("").ensureAdministrator()).isFalse();
        assertThat(console.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aConfiguredPasswordThatIsTooShortStopsTheStart() {
        assertThatThrownBy(() -> initializer("short").ensureAdministrator())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("JARING_ADMIN_PASSWORD");
        assertThat(users.findByUsername("admin")).isEmpty();
    }

    private InitialAdministrator initializer(String password) {
        return new InitialAdministrator(users, encoder, audit, tx, clock, password,
                new PrintStream(console, true, StandardCharsets.UTF_8));
    }
}
