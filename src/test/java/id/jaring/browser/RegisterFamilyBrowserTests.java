package id.jaring.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

import id.jaring.access.Role;
import id.jaring.access.Scope;
import id.jaring.access.UserProvisioning;
import id.jaring.support.BrowserTest;

/**
 * The Foundation issue's walk through the real UI: log in, register a family with two members
 * (choosing the desa with the region pickers), find it by NIK, change a name and see the change
 * in the history.
 */
class RegisterFamilyBrowserTests extends BrowserTest {

    private static final String PASSWORD = "kata-sandi-operator-1";

    @Autowired
    UserProvisioning users;

    @Test
    void registersAFamilyFindsItByNikAndSeesItsHistory() {
        users.ensureUser("browser.lebak", "Operator Lebak", PASSWORD, Role.OPERATOR_KABKOTA, new Scope(null, "36.02"));
        int serial = ThreadLocalRandom.current().nextInt(1000, 9999);
        String headNik = "360201120580" + serial; // Malingping, born 12-05-1980, male
        String wifeNik = "360201630884" + serial; // born 23-08-1984, female: day + 40
        String noKk = "360201150610" + serial;

        logIn("browser.lebak", PASSWORD);
        page.navigate("/households/new");
        chooseDesa("36.02", "36.02.01", "36.02.01.2002");
        assertThat(page.locator("#desaCode")).hasValue("36.02.01.2002");
        page.fill("#noKk", noKk);
        page.fill("#alamat", "KP. CILANGKAHAN");
        page.fill("#rt", "3");
        page.fill("#rw", "1");

        page.fill("#m0-nik", headNik);
        page.fill("#m0-nama", "Asep Saepudin");
        page.selectOption("#m0-jenisKelamin", "L");
        page.fill("#m0-tempatLahir", "Lebak");
        page.fill("#m0-tanggalLahir", "1980-05-12");

        page.selectOption("#m1-hubungan", "ISTRI");
        page.fill("#m1-nik", wifeNik);
        page.fill("#m1-nama", "Siti Aminah");
        page.selectOption("#m1-jenisKelamin", "P");
        page.fill("#m1-tempatLahir", "Pandeglang");
        page.fill("#m1-tanggalLahir", "1984-08-23");
        page.click("#save");

        assertThat(page).hasURL(Pattern.compile(".*/households/\\d+$"));
        assertThat(page.locator("#noKk")).hasText(noKk);
        assertThat(page.locator("table#members")).containsText("Siti Aminah");
        // the family's programmes replace their placeholder once the page has loaded (htmx)
        assertThat(page.locator("#family-programmes-asof")).isVisible();
        assertThat(page.locator("#no-family-enrolments")).isVisible();

        page.navigate("/search");
        page.fill("#q", wifeNik);
        page.click("#search");
        assertThat(page.locator("#person-results")).containsText("Siti Aminah");
        page.locator("#person-results a", new Page.LocatorOptions().setHasText("Siti Aminah")).first().click();
        assertThat(page.locator("#nik")).hasText(wifeNik);

        page.click("#edit-person");
        page.fill("#p-nama", "Siti Aminah Binti Udin");
        page.click("#save");
        assertThat(page.locator("#nama")).hasText("Siti Aminah Binti Udin");

        page.click("#history");
        // newest first; reads of the record are in the trail too, so find the change by its new value
        var change = page.locator(".history-entry", new Page.LocatorOptions().setHasText("Siti Aminah Binti Udin")).first();
        assertThat(change.locator("td.before")).containsText("Siti Aminah");
        assertThat(change.locator("td.after")).containsText("Siti Aminah Binti Udin");
        assertThat(change).containsText("browser.lebak");
        assertThat(page.locator(".history-entry").last()).containsText("Siti Aminah"); // the registration
    }

    /** The kab/kota, kecamatan and desa selects load their options with htmx, one after another. */
    private void chooseDesa(String kabKota, String kecamatan, String desa) {
        page.selectOption("#pickKab", kabKota);
        page.waitForSelector("#pickKec option[value='" + kecamatan + "']",
                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
        page.selectOption("#pickKec", kecamatan);
        page.waitForSelector("#pickDesa option[value='" + desa + "']",
                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
        page.selectOption("#pickDesa", desa);
    }
}
