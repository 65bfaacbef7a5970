package id.jaring.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.jaring.access.AccessTestData.TestAccount;

/** Form login through the real security filter chain: success, failure, CSRF, lockout. */
@SpringBootTest
@AutoConfigureMockMvc
class LoginTests {

    /** The default of jaring.security.max-failed-attempts, which the tests do not change. */
    static final int MAX_FAILURES = 5;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserProvisioning provisioning;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loginWithTheRightPasswordGoesHome() throws Exception {
        TestAccount user = AccessTestData.user(provisioning, "login", Role.DATA_STEWARD, Scope.PROVINCE);

        mvc.perform(formLogin("/login").user(user.username()).password(AccessTestData.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(user.username()).withRoles("DATA_STEWARD"));

        assertThat(AccessTestData.auditOf(jdbc, "USER", user.id())).extracting(r -> r.get("action"))
                .containsExactly("CREATE", "LOGIN");
        assertThat(AccessTestData.auditOf(jdbc, "USER", user.id()).get(1).get("actor")).isEqualTo(user.username());
    }

    @Test
    void usernamesAreCaseInsensitive() throws Exception {
        TestAccount user = AccessTestData.user(provisioning, "case", Role.AUDITOR, Scope.PROVINCE);

        mvc.perform(formLogin("/login").user(user.username().toUpperCase()).password(AccessTestData.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(user.username()));
    }

    @Test
    void aWrongPasswordShowsTheErrorOnTheLoginPage() throws Exception {
        TestAccount user = AccessTestData.user(provisioning, "wrong", Role.AUDITOR, Scope.PROVINCE);

        mvc.perform(formLogin("/login").user(user.username()).password("not the password"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        mvc.perform(get("/login").param("error", "").param("lang", "id"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Nama pengguna atau kata sandi salah")));

        assertThat(failedAttempts(user)).isEqualTo(1);
        assertThat(AccessTestData.auditOf(jdbc, "USER", user.id())).extracting(r -> r.get("action"))
                .containsExactly("CREATE", "LOGIN_FAILED");
    }

    @Test
    void anUnknownUsernameFailsTheSameWayAndIsNotWrittenDown() throws Exception {
        String username = AccessTestData.uniqueUsername("ghost");

        mvc.perform(formLogin("/login").user(username).password("whatever password"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());

        assertThat(jdbc.sql("select count(*) from audit_event where detail like :u or entity_id like :u")
                .param("u", "%" + username + "%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from audit_event where action = 'LOGIN_FAILED' and entity_id = 'unknown'
                """).query(Long.class).single()).isPositive();
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
        TestAccount user = AccessTestData.user(provisioning, "csrf", Role.AUDITOR, Scope.PROVINCE);

        mvc.perform(post("/login").param("username", user.username()).param("password", AccessTestData.PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
        mvc.perform(post("/login").with(csrf().useInvalidToken())
                        .param("username", user.username()).param("password", AccessTestData.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void repeatedFailuresLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        TestAccount user = AccessTestData.user(provisioning, "lock", Role.AUDITOR, Scope.PROVINCE);

        for (int i = 0; i < MAX_FAILURES; i++) {
            mvc.perform(formLogin("/login").user(user.username()).password("guess " + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        assertThat(failedAttempts(user)).isEqualTo(MAX_FAILURES);
        assertThat(lockedUntilIsInTheFuture(user)).isTrue();

        mvc.perform(formLogin("/login").user(user.username()).password(AccessTestData.PASSWORD))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());

        List<Object> actions = AccessTestData.auditOf(jdbc, "USER", user.id()).stream().map(r -> r.get("action")).toList();
        assertThat(actions).containsSubsequence("LOGIN_FAILED", "LOCKED", "LOGIN_FAILED").doesNotContain("LOGIN");
        assertThat(AccessTestData.auditOf(jdbc, "USER", user.id())).last()
                .extracting(r -> (String) r.get("detail")).asString().contains("account locked");

        // the lock runs out: the right password works again and the counter starts afresh
        jdbc.sql("update app_user set locked_until = now() - interval '1 minute' where id = :id")
                .param("id", user.id()).update();
        mvc.perform(formLogin("/login").user(user.username()).password(AccessTestData.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(user.username()));
        assertThat(failedAttempts(user)).isZero();
        assertThat(jdbc.sql("select locked_until from app_user where id = :id").param("id", user.id())
                .query().singleRow().get("locked_until")).isNull();
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() throws Exception {
        TestAccount user = AccessTestData.user(provisioning, "reset", Role.AUDITOR, Scope.PROVINCE);
        for (int i = 0; i < MAX_FAILURES - 1; i++) {
            mvc.perform(formLogin("/login").user(user.username()).password("guess " + i));
        }
        assertThat(failedAttempts(user)).isEqualTo(MAX_FAILURES - 1);

        mvc.perform(formLogin("/login").user(user.username()).password(AccessTestData.PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(failedAttempts(user)).isZero();

        // so one more failure does not lock
        mvc.perform(formLogin("/login").user(user.username()).password("one more guess"));
        assertThat(lockedUntilIsInTheFuture(user)).isFalse();
    }

    @Test
    void aDisabledUserCannotLogIn() throws Exception {
        TestAccount user = AccessTestData.user(provisioning, "off", Role.AUDITOR, Scope.PROVINCE);
        jdbc.sql("update app_user set enabled = false where id = :id").param("id", user.id()).update();

        mvc.perform(formLogin("/login").user(user.username()).password(AccessTestData.PASSWORD))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void passwordsAreStoredAsArgon2idHashes() {
        TestAccount user = AccessTestData.user(provisioning, "hash", Role.AUDITOR, Scope.PROVINCE);

        String hash = jdbc.sql("select password_hash from app_user where id = :id").param("id", user.id())
                .query(String.class).single();
        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(AccessTestData.PASSWORD);
        assertThat(jdbc.sql("select count(*) from app_user where password_hash like :p")
                .param("p", "%" + AccessTestData.PASSWORD + "%").query(Long.class).single()).isZero();
        assertThat(AccessTestData.auditOf(jdbc, "USER", user.id())).allSatisfy(row ->
                assertThat(String.valueOf(row.get("after"))).doesNotContain("argon2").doesNotContain("password"));
    }

    @Test
    void theSessionIdChangesAtLoginAndLogoutEndsTheSession() throws Exception {
        TestAccount user = AccessTestData.user(provisioning, "fix", Role.AUDITOR, Scope.PROVINCE);
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        MvcResult login = mvc.perform(post("/login").with(csrf()).session(session)
                        .param("username", user.username()).param("password", AccessTestData.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        assertThat(login.getRequest().getSession().getId()).isNotEqualTo(before);

        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        mvc.perform(post("/logout").with(csrf()).session(session)).andExpect(redirectedUrl("/login?logout"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aUserDisabledWhileLoggedInIsLoggedOutOnTheNextRequest() throws Exception {
        TestAccount user = AccessTestData.user(provisioning, "kick", Role.AUDITOR, Scope.PROVINCE);
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(user.username())
                .password(AccessTestData.PASSWORD)).andReturn().getRequest().getSession();
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        jdbc.sql("update app_user set enabled = false where id = :id").param("id", user.id()).update();
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void pagesNeedALoginAndCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    private int failedAttempts(TestAccount user) {
        return jdbc.sql("select failed_attempts from app_user where id = :id").param("id", user.id())
                .query(Integer.class).single();
    }

    private boolean lockedUntilIsInTheFuture(TestAccount user) {
        Map<String, Object> row = jdbc.sql("select locked_until > now() as locked from app_user where id = :id")
                .param("id", user.id()).query().singleRow();
        return Boolean.TRUE.equals(row.get("locked"));
    }
}
