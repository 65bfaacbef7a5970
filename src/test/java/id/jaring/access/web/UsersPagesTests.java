package id.jaring.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.jaring.access.AccessTestData;
import id.jaring.access.AccessTestData.TestAccount;
import id.jaring.access.Role;
import id.jaring.access.Scope;
import id.jaring.access.UserProvisioning;
import id.jaring.platform.Violation;
import id.jaring.support.TestUsers;

/** The user pages: administrators only, validation beside the fields, every change audited. */
@SpringBootTest
@AutoConfigureMockMvc
class UsersPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserProvisioning provisioning;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void nonAdministratorsAreForbidden() throws Exception {
        for (Role role : List.of(Role.DATA_STEWARD, Role.OPERATOR_KABKOTA, Role.AUDITOR)) {
            Authentication auth = TestUsers.as(role, role == Role.OPERATOR_KABKOTA ? "36.01" : null);
            mvc.perform(get("/users").with(authentication(auth))).andExpect(status().isForbidden());
            mvc.perform(get("/users/new").with(authentication(auth))).andExpect(status().isForbidden());
            mvc.perform(post("/users").with(authentication(auth)).with(csrf())
                    .param("username", AccessTestData.uniqueUsername("sneaky")).param("displayName", "Sneaky")
                    .param("password", AccessTestData.PASSWORD).param("role", "ADMIN"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void anAdministratorListsAndOpensUsers() throws Exception {
        TestAccount someone = AccessTestData.user(provisioning, "listed", Role.PENDAMPING, new Scope(null, "36.01.01"));

        mvc.perform(get("/users").with(authentication(admin())))
                .andExpect(status().isOk()).andExpect(view().name("access/users"));
        mvc.perform(get("/users/new").with(authentication(admin())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("36.03")));
        mvc.perform(get("/users/" + someone.id()).with(authentication(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(someone.username())))
                .andExpect(content().string(containsString("value=\"36.01.01\"")));
        mvc.perform(get("/users/999999999").with(authentication(admin()))).andExpect(status().isNotFound());
    }

    @Test
    void anAdministratorCreatesAUserAndItIsAudited() throws Exception {
        String username = AccessTestData.uniqueUsername("new");

        MvcResult created = mvc.perform(createUser(username, "Siti Aminah", AccessTestData.PASSWORD, "OPERATOR_KABKOTA",
                        "", "36.02", "360201"))
                .andExpect(redirectedUrlPattern("/users/*")).andReturn();
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().substring("/users/".length()));

        Map<String, Object> row = jdbc.sql("select username, role, region_code, password_hash from app_user where id = :id")
                .param("id", id).query().singleRow();
        assertThat(row.get("username")).isEqualTo(username);
        assertThat(row.get("role")).isEqualTo("OPERATOR_KABKOTA");
        assertThat(row.get("region_code")).isEqualTo("36.02.01");
        assertThat(encoder.matches(AccessTestData.PASSWORD, (String) row.get("password_hash"))).isTrue();

        List<Map<String, Object>> audit = AccessTestData.auditOf(jdbc, "USER", id);
        assertThat(audit).extracting(r -> r.get("action")).containsExactly("CREATE");
        assertThat(audit.get(0).get("actor")).isEqualTo("test-admin");
        assertThat(audit.get(0).get("after").toString()).contains("36.02.01").doesNotContain("argon2")
                .doesNotContainIgnoringCase("password");
    }

    @Test
    void invalidInputIsShownBesideTheFieldsAndNothingIsSaved() throws Exception {
        assertRefused(createUser("A b", "Budi", AccessTestData.PASSWORD, "AUDITOR", "", "", ""), "USERNAME_FORMAT");
        String username = AccessTestData.uniqueUsername("bad");
        assertRefused(createUser(username, "Budi", "too short", "AUDITOR", "", "", ""), "PASSWORD_TOO_SHORT");
        assertRefused(createUser(username, "Budi", AccessTestData.PASSWORD, "OPERATOR_KABKOTA", "", "", ""), "REGION_REQUIRED");
        assertRefused(createUser(username, "Budi", AccessTestData.PASSWORD, "PENDAMPING", "", "36.99", ""), "REGION_UNKNOWN");
        assertRefused(createUser(username, "Budi", AccessTestData.PASSWORD, "PENDAMPING", "", "36.01", "36.99.99"),
                "REGION_UNKNOWN");
        assertRefused(createUser(username, "Budi", AccessTestData.PASSWORD, "PENDAMPING", "", "36.01", "36.02.01"),
                "REGION_OUTSIDE");
        assertRefused(createUser(username, "Budi", AccessTestData.PASSWORD, "OPERATOR_OPD", "", "", ""), "AGENCY_REQUIRED");
        assertRefused(createUser(username, "", AccessTestData.PASSWORD, "", "", "", ""),
                "DISPLAY_NAME_REQUIRED", "ROLE_REQUIRED");
        assertThat(jdbc.sql("select count(*) from app_user where username = :u").param("u", username)
                .query(Long.class).single()).isZero();

        TestAccount existing = AccessTestData.user(provisioning, "taken", Role.AUDITOR, Scope.PROVINCE);
        assertRefused(createUser(existing.username().toUpperCase(), "Budi", AccessTestData.PASSWORD, "AUDITOR", "", "", ""),
                "USERNAME_TAKEN");
    }

    @Test
    void theErrorMessageIsInBahasaIndonesiaBesideTheField() throws Exception {
        mvc.perform(createUser(AccessTestData.uniqueUsername("msg"), "Budi", "short", "AUDITOR", "", "", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-code=\"PASSWORD_TOO_SHORT\"")))
                .andExpect(content().string(containsString("Kata sandi minimal 12 karakter.")));
    }

    @Test
    void editsAreAuditedAndARoleChangeIsAGrant() throws Exception {
        TestAccount user = AccessTestData.user(provisioning, "edit", Role.OPERATOR_KABKOTA, new Scope(null, "36.03"));

        mvc.perform(post("/users/" + user.id()).with(authentication(admin())).with(csrf())
                        .param("displayName", "Nama Baru").param("role", "OPERATOR_KABKOTA")
                        .param("regionCode", "36.03").param("subRegionCode", ""))
                .andExpect(redirectedUrl("/users/" + user.id()));
        mvc.perform(post("/users/" + user.id()).with(authentication(admin())).with(csrf())
                        .param("displayName", "Nama Baru").param("role", "DATA_STEWARD")
                        .param("regionCode", "").param("subRegionCode", ""))
                .andExpect(redirectedUrl("/users/" + user.id()));
        mvc.perform(post("/users/" + user.id()).with(authentication(admin())).with(csrf())
                        .param("displayName", "Nama Baru").param("role", "PENDAMPING")
                        .param("regionCode", "").param("subRegionCode", ""))
                .andExpect(status().isOk())
                .andExpect(view().name("access/user-edit"))
                .andExpect(content().string(containsString("data-code=\"REGION_REQUIRED\"")));

        List<Map<String, Object>> audit = AccessTestData.auditOf(jdbc, "USER", user.id());
        assertThat(audit).extracting(r -> r.get("action")).containsExactly("CREATE", "UPDATE", "GRANT");
        assertThat(audit.get(1).get("before").toString()).contains("Test edit");
        assertThat(audit.get(1).get("after").toString()).contains("Nama Baru");
        assertThat(audit.get(2).get("detail")).isEqualTo("role OPERATOR_KABKOTA -> DATA_STEWARD");
        assertThat(jdbc.sql("select role from app_user where id = :id").param("id", user.id())
                .query(String.class).single()).isEqualTo("DATA_STEWARD");
    }

    @Test
    void disablingUnlockingAndResettingAreAudited() throws Exception {
        TestAccount user = AccessTestData.user(provisioning, "acts", Role.AUDITOR, Scope.PROVINCE);
        jdbc.sql("update app_user set failed_attempts = 5, locked_until = now() + interval '10 minutes' where id = :id")
                .param("id", user.id()).update();

        mvc.perform(post("/users/" + user.id() + "/unlock").with(authentication(admin())).with(csrf()))
                .andExpect(redirectedUrl("/users/" + user.id()));
        mvc.perform(post("/users/" + user.id() + "/enabled").param("enabled", "false")
                .with(authentication(admin())).with(csrf())).andExpect(redirectedUrlPattern("/users/*"));
        mvc.perform(post("/users/" + user.id() + "/password").param("password", "short")
                        .with(authentication(admin())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-code=\"PASSWORD_TOO_SHORT\"")));
        mvc.perform(post("/users/" + user.id() + "/password").param("password", "a brand new passphrase")
                .with(authentication(admin())).with(csrf())).andExpect(redirectedUrlPattern("/users/*"));

        Map<String, Object> row = jdbc.sql("select enabled, failed_attempts, locked_until, password_hash from app_user where id = :id")
                .param("id", user.id()).query().singleRow();
        assertThat(row.get("enabled")).isEqualTo(false);
        assertThat(row.get("failed_attempts")).isEqualTo(0);
        assertThat(row.get("locked_until")).isNull();
        assertThat(encoder.matches("a brand new passphrase", (String) row.get("password_hash"))).isTrue();
        assertThat(AccessTestData.auditOf(jdbc, "USER", user.id())).extracting(r -> r.get("detail"))
                .containsExactly("provisioned", "unlocked", "disabled", "password reset");
        assertThat(AccessTestData.auditOf(jdbc, "USER", user.id())).allSatisfy(r ->
                assertThat(String.valueOf(r.get("after"))).doesNotContain("argon2"));
    }

    @Test
    void anAdministratorCannotDisableThemselves() throws Exception {
        TestAccount me = AccessTestData.user(provisioning, "self", Role.ADMIN, Scope.PROVINCE);
        mvc.perform(post("/users/" + me.id() + "/enabled").param("enabled", "false")
                .with(authentication(me.authentication())).with(csrf())).andExpect(redirectedUrlPattern("/users/*"));
        assertThat(jdbc.sql("select enabled from app_user where id = :id").param("id", me.id())
                .query(Boolean.class).single()).isTrue();
    }

    private static Authentication admin() {
        return TestUsers.as(Role.ADMIN, null);
    }

    private MockHttpServletRequestBuilder createUser(String username, String displayName, String password, String role,
            String agency, String region, String subRegion) {
        return post("/users").with(authentication(admin())).with(csrf())
                .param("username", username).param("displayName", displayName).param("password", password)
                .param("role", role).param("agencyCode", agency).param("regionCode", region)
                .param("subRegionCode", subRegion);
    }

    private void assertRefused(MockHttpServletRequestBuilder request, String... codes) throws Exception {
        MvcResult result = mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(view().name("access/user-new"))
                .andReturn();
        @SuppressWarnings("unchecked")
        List<Violation> violations = (List<Violation>) result.getModelAndView().getModel().get("violations");
        assertThat(violations).extracting(Violation::code).containsExactlyInAnyOrder(codes);
        assertThat(result.getResponse().getContentAsString()).contains("data-code=\"" + codes[0] + "\"")
                .doesNotContain(AccessTestData.PASSWORD);
    }
}
