package id.jaring.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import id.jaring.access.AccessTestData;
import id.jaring.access.AccessTestData.TestAccount;
import id.jaring.access.Role;
import id.jaring.access.Scope;
import id.jaring.access.UserProvisioning;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.support.TestUsers;

/** Personal API tokens on the real /api chain: what gets in, what is refused and why. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserProvisioning provisioning;

    @Autowired
    TokenManagement tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aValidTokenActsAsItsOwner() throws Exception {
        TestAccount owner = AccessTestData.user(provisioning, "api", Role.OPERATOR_KABKOTA, new Scope(null, "36.02"));
        TokenManagement.CreatedToken created = create(owner, "ci", 90);

        assertThat(created.secret()).matches("jrg_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}")
                .startsWith("jrg_" + created.token().prefix() + "_");
        me(created.secret())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(owner.username()))
                .andExpect(jsonPath("$.role").value("OPERATOR_KABKOTA"))
                .andExpect(jsonPath("$.regionCode").value("36.02"))
                .andExpect(jsonPath("$.provinceWide").value(false));
        assertThat(jdbc.sql("select last_used_at is not null from api_token where id = :id")
                .param("id", created.token().id()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void aRoleChangeAppliesToTheNextRequest() throws Exception {
        TestAccount owner = AccessTestData.user(provisioning, "promote", Role.PIMPINAN, Scope.PROVINCE);
        String secret = create(owner, "dashboard", 30).secret();
        me(secret).andExpect(jsonPath("$.role").value("PIMPINAN"));

        jdbc.sql("update app_user set role = 'AUDITOR' where id = :id").param("id", owner.id()).update();
        me(secret).andExpect(status().isOk()).andExpect(jsonPath("$.role").value("AUDITOR"));
    }

    @Test
    void onlyTheHashOfTheSecretIsStored() {
        TestAccount owner = AccessTestData.user(provisioning, "hashed", Role.AUDITOR, Scope.PROVINCE);
        TokenManagement.CreatedToken created = create(owner, "secret keeper", 10);
        String randomPart = created.secret().substring(("jrg_" + created.token().prefix() + "_").length());

        String row = jdbc.sql("select row_to_json(t)::text from api_token t where id = :id")
                .param("id", created.token().id()).query(String.class).single();
        assertThat(row).doesNotContain(randomPart).doesNotContain(created.secret());
        assertThat(jdbc.sql("select token_hash from api_token where id = :id").param("id", created.token().id())
                .query(String.class).single()).isEqualTo(TokenSecrets.hash(created.secret())).hasSize(64);
        assertThat(AccessTestData.auditOf(jdbc, "API_TOKEN", created.token().id()))
                .extracting(r -> r.get("action")).containsExactly("CREATE");
        assertThat(AccessTestData.auditOf(jdbc, "API_TOKEN", created.token().id()).get(0).get("after").toString())
                .doesNotContain(randomPart);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        TestAccount owner = AccessTestData.user(provisioning, "expired", Role.AUDITOR, Scope.PROVINCE);
        TokenManagement.CreatedToken created = create(owner, "old", 1);
        jdbc.sql("""
                update api_token set created_at = now() - interval '3 days', expires_at = now() - interval '1 second'
                where id = :id
                """).param("id", created.token().id()).update();

        refused(me(created.secret()), "TOKEN_EXPIRED");
    }

    @Test
    void aRevokedTokenIsRefused() throws Exception {
        TestAccount owner = AccessTestData.user(provisioning, "revoked", Role.AUDITOR, Scope.PROVINCE);
        TokenManagement.CreatedToken created = create(owner, "leaked", 90);
        me(created.secret()).andExpect(status().isOk());

        TestUsers.runAs(owner.authentication(), () -> tokens.revoke(created.token().id()));

        refused(me(created.secret()), "TOKEN_REVOKED");
        assertThat(AccessTestData.auditOf(jdbc, "API_TOKEN", created.token().id()))
                .extracting(r -> r.get("action")).containsExactly("CREATE", "REVOKE");
    }

    @Test
    void theTokenOfADisabledOrLockedUserIsRefused() throws Exception {
        TestAccount owner = AccessTestData.user(provisioning, "gone", Role.AUDITOR, Scope.PROVINCE);
        String secret = create(owner, "robot", 90).secret();

        jdbc.sql("update app_user set locked_until = now() + interval '1 hour' where id = :id").param("id", owner.id()).update();
        refused(me(secret), "TOKEN_INVALID");

        jdbc.sql("update app_user set locked_until = null, enabled = false where id = :id").param("id", owner.id()).update();
        refused(me(secret), "TOKEN_INVALID");
    }

    @Test
    void garbageUnknownAndMissingTokensAreRefused() throws Exception {
        refused(me("garbage"), "TOKEN_INVALID");
        refused(me("jrg_AAAAAAAA_" + "A".repeat(43)), "TOKEN_INVALID");
        refused(mvc.perform(get("/api/v1/me").header("Authorization", "Basic YWRtaW46YWRtaW4=")), "TOKEN_INVALID");
        refused(mvc.perform(get("/api/v1/me")), "TOKEN_MISSING");
    }

    @Test
    void theApiHasNoSessionsAndDoesNotAcceptTheWebLogin() throws Exception {
        TestAccount owner = AccessTestData.user(provisioning, "stateless", Role.AUDITOR, Scope.PROVINCE);
        String secret = create(owner, "x", 5).secret();
        me(secret).andExpect(status().isOk()).andExpect(result ->
                assertThat(result.getRequest().getSession(false)).isNull());
    }

    @Test
    void validityAndNameAreChecked() {
        TestAccount owner = AccessTestData.user(provisioning, "rules", Role.AUDITOR, Scope.PROVINCE);
        assertThatThrownBy(() -> create(owner, "", 0)).isInstanceOfSatisfying(ValidationFailedException.class,
                e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactlyInAnyOrder("TOKEN_NAME_REQUIRED", "TOKEN_VALIDITY_RANGE"));
        assertThatThrownBy(() -> create(owner, "long", 366)).isInstanceOfSatisfying(ValidationFailedException.class,
                e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("TOKEN_VALIDITY_RANGE"));
        assertThat(create(owner, "one year", 365).token().expiresAt()).isNotNull();
    }

    @Test
    void nobodyButTheOwnerOrAnAdministratorRevokesAToken() {
        TestAccount owner = AccessTestData.user(provisioning, "mine", Role.AUDITOR, Scope.PROVINCE);
        TestAccount other = AccessTestData.user(provisioning, "other", Role.DATA_STEWARD, Scope.PROVINCE);
        TestAccount admin = AccessTestData.user(provisioning, "boss", Role.ADMIN, Scope.PROVINCE);
        long id = create(owner, "private", 90).token().id();

        assertThatThrownBy(() -> TestUsers.runAs(other.authentication(), () -> tokens.revoke(id)))
                .isInstanceOf(NotFoundException.class);
        TestUsers.runAs(admin.authentication(), () -> tokens.revoke(id));
        assertThat(AccessTestData.auditOf(jdbc, "API_TOKEN", id)).last()
                .satisfies(r -> assertThat(r.get("actor")).isEqualTo(admin.username()))
                .satisfies(r -> assertThat(r.get("detail")).isEqualTo("revoked by administrator"));
    }

    @Test
    void testAuthenticationsReachTheApiToo() throws Exception {
        // other modules test their REST controllers with TestUsers instead of real tokens
        mvc.perform(get("/api/v1/me").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.authentication(TestUsers.as(Role.PENDAMPING, "36.01.02"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("PENDAMPING"))
                .andExpect(jsonPath("$.regionCode").value("36.01.02"));
    }

    @Test
    void theOpenApiDocumentDeclaresTheBearerScheme() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(jsonPath("$.paths['/api/v1/me'].get").exists());
    }

    private TokenManagement.CreatedToken create(TestAccount owner, String name, int days) {
        AtomicReference<TokenManagement.CreatedToken> created = new AtomicReference<>();
        TestUsers.runAs(owner.authentication(), () -> created.set(tokens.create(name, days)));
        return created.get();
    }

    private ResultActions me(String token) throws Exception {
        return mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token));
    }

    private static void refused(ResultActions result, String code) throws Exception {
        result.andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.status").value(401));
    }
}
