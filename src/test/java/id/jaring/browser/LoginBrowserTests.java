package id.jaring.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.jaring.access.Role;
import id.jaring.access.Scope;
import id.jaring.access.UserProvisioning;
import id.jaring.support.BrowserTest;

class LoginBrowserTests extends BrowserTest {

    @Autowired
    UserProvisioning users;

    @Test
    void wrongPasswordIsRefusedAndTheRightOneLetsTheUserIn() {
        users.ensureUser("browser.login", "Browser Login", "kata-sandi-rahasia-1", Role.DATA_STEWARD, Scope.PROVINCE);

        page.navigate("/");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        page.fill("#username", "browser.login");
        page.fill("#password", "salah-kata-sandi-00");
        page.click("button[type=submit]");
        assertThat(page.locator(".flash.err")).isVisible();

        page.fill("#username", "browser.login");
        page.fill("#password", "kata-sandi-rahasia-1");
        page.click("button[type=submit]");
        assertThat(page.locator("h1")).containsText("Jaring");
        assertThat(page.locator(".who")).hasText("browser.login");

        page.navigate("/?lang=en");
        assertThat(page.locator("nav.mainnav")).containsText("Families");
    }
}
