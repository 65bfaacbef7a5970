package id.jaring.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.jaring.access.AccessTestData;
import id.jaring.access.AccessTestData.TestAccount;
import id.jaring.access.Role;
import id.jaring.access.Scope;
import id.jaring.access.UserProvisioning;

/** The token page: create (secret shown once), list, revoke; administrators see everyone's. */
@SpringBootTest
@AutoConfigureMockMvc
class TokensPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserProvisioning provisioning;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aUserCreatesUsesAndRevokesAToken() throws Exception {
        TestAccount user = AccessTestData.user(provisioning, "tok", Role.DATA_STEWARD, Scope.PROVINCE);

        MvcResult created = mvc.perform(post("/tokens").with(authentication(user.authentication())).with(csrf())
                        .param("name", "sistem DTKS").param("validDays", "30"))
                .andExpect(redirectedUrl("/tokens"))
                .andExpect(flash().attributeExists("newToken"))
                .andReturn();
        String secret = (String) created.getFlashMap().get("newToken");

        // the page after the redirect shows it; a page without the flash attribute does not
        mvc.perform(get("/tokens").with(authentication(user.authentication())).flashAttrs(created.getFlashMap()))
                .andExpect(status().isOk()).andExpect(content().string(containsString(secret)));
        mvc.perform(get("/tokens").with(authentication(user.authentication())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sistem DTKS")))
                .andExpect(content().string(not(containsString(secret))));

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value(user.username()));

        long id = jdbc.sql("select id from api_token where user_id = :u").param("u", user.id()).query(Long.class).single();
        assertThat(jdbc.sql("select expires_at - created_at = interval '30 days' from api_token where id = :id")
                .param("id", id).query(Boolean.class).single()).isTrue();
        mvc.perform(post("/tokens/" + id + "/revoke").with(authentication(user.authentication())).with(csrf()))
                .andExpect(redirectedUrl("/tokens"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("TOKEN_REVOKED"));
    }

    @Test
    void invalidInputIsShownAndNothingIsCreated() throws Exception {
        TestAccount user = AccessTestData.user(provisioning, "tokbad", Role.AUDITOR, Scope.PROVINCE);
        mvc.perform(post("/tokens").with(authentication(user.authentication())).with(csrf())
                        .param("name", "").param("validDays", "400"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-code=\"TOKEN_NAME_REQUIRED\"")))
                .andExpect(content().string(containsString("data-code=\"TOKEN_VALIDITY_RANGE\"")));
        mvc.perform(post("/tokens").with(authentication(user.authentication())).with(csrf())
                        .param("name", "x").param("validDays", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-code=\"TOKEN_VALIDITY_RANGE\"")));
        assertThat(jdbc.sql("select count(*) from api_token where user_id = :u").param("u", user.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void othersCannotRevokeButAnAdministratorSeesAndRevokesEveryToken() throws Exception {
        TestAccount owner = AccessTestData.user(provisioning, "tokown", Role.AUDITOR, Scope.PROVINCE);
        TestAccount other = AccessTestData.user(provisioning, "tokoth", Role.AUDITOR, Scope.PROVINCE);
        TestAccount admin = AccessTestData.user(provisioning, "tokadm", Role.ADMIN, Scope.PROVINCE);
        mvc.perform(post("/tokens").with(authentication(owner.authentication())).with(csrf())
                .param("name", "owner token").param("validDays", "90"));
        long id = jdbc.sql("select id from api_token where user_id = :u").param("u", owner.id()).query(Long.class).single();

        mvc.perform(get("/tokens").with(authentication(other.authentication())))
                .andExpect(content().string(not(containsString("owner token"))));
        mvc.perform(post("/tokens/" + id + "/revoke").with(authentication(other.authentication())).with(csrf()))
                .andExpect(status().isNotFound());

        mvc.perform(get("/tokens").with(authentication(admin.authentication())))
                .andExpect(content().string(containsString("owner token")))
                .andExpect(content().string(containsString(owner.username())));
        mvc.perform(post("/tokens/" + id + "/revoke").with(authentication(admin.authentication())).with(csrf()))
                .andExpect(redirectedUrl("/tokens"));
        assertThat(jdbc.sql("select revoked_at is not null from api_token where id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void theTokenPageNeedsALogin() throws Exception {
        mvc.perform(get("/tokens")).andExpect(redirectedUrl("/login"));
    }
}
