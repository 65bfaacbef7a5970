package id.jaring.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import id.jaring.access.Role;
import id.jaring.access.Scope;
import id.jaring.access.UserProvisioning;
import id.jaring.support.BrowserTest;

/**
 * The Intake issue's walk through the real UI: a Lebak operator uploads a CSV with an agency's own
 * headers, maps by hand the one column the system cannot guess, waits for the background work
 * (the page polls with htmx), reads the report with its rejected rows, commits, and finds an
 * imported person by NIK.
 */
class IntakeBrowserTests extends BrowserTest {

    private static final String PASSWORD = "kata-sandi-operator-2";
    /** Staging, validation and the commit run in the background; the page polls every second. */
    private static final LocatorAssertions.HasAttributeOptions BACKGROUND_WORK =
            new LocatorAssertions.HasAttributeOptions().setTimeout(60_000);

    @Autowired
    UserProvisioning users;

    @TempDir
    Path dir;

    @Test
    void uploadsMapsAColumnByHandSeesTheReportCommitsAndFindsThePerson() throws IOException {
        users.ensureUser("browser.intake", "Operator Impor Lebak", PASSWORD, Role.OPERATOR_KABKOTA, new Scope(null, "36.02"));
        String agency = "BRW" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
        int serial = ThreadLocalRandom.current().nextInt(1000, 9999);
        String womanNik = "360201" + "520385" + serial; // Malingping, born 12-03-1985, female: day + 40
        String manNik = "360201" + "070779" + serial;   // born 07-07-1979, male
        Path csv = dir.resolve("penerima-" + agency + ".csv");
        Files.writeString(csv, String.join("\n",
                "NAMA_LENGKAP;NO_NIK;TGL_LAHIR;JK;KD_DESA;KAMPUNG_ASAL",
                "Euis Komariah;" + womanNik + ";12-03-1985;P;3602012002;Cikotok",
                "Dadang Sunarya;" + manNik + ";07-07-1979;L;3602012002;Bayah",
                "Nomor Salah;12345;01-01-1990;L;3602012002;Bayah",
                // Kota Serang lies outside the operator's kab/kota
                "Di Serang;360201" + "150690" + ((serial + 1) % 9000 + 1000) + ";15-06-1990;L;3673011001;Serang",
                ""), StandardCharsets.UTF_8);

        logIn("browser.intake", PASSWORD);
        page.navigate("/intake");
        page.fill("#agency", agency);
        page.fill("#purpose", "PKH");
        page.setInputFiles("#file", csv);
        page.click("#upload-submit");

        assertThat(page).hasURL(Pattern.compile(".*/intake/batches/\\d+$"));
        String batchUrl = page.url();
        String batchId = batchUrl.substring(batchUrl.lastIndexOf('/') + 1);
        // synonyms are guesses: the batch waits for the operator's mapping
        assertThat(page.locator("#batch-status")).hasAttribute("data-status", "UPLOADED");
        assertThat(mappingOf("NAMA_LENGKAP")).hasValue("nama");
        assertThat(mappingOf("NO_NIK")).hasValue("nik");
        assertThat(mappingOf("TGL_LAHIR")).hasValue("tanggal_lahir");
        assertThat(mappingOf("JK")).hasValue("jenis_kelamin");
        assertThat(mappingOf("KD_DESA")).hasValue("kode_wilayah");
        assertThat(mappingOf("KAMPUNG_ASAL")).hasValue(""); // not guessed: kept as a source attribute
        mappingOf("KAMPUNG_ASAL").selectOption("tempat_lahir");
        page.click("#mapping-submit");

        assertThat(page.locator("#batch-status")).hasAttribute("data-status", "VALIDATED", BACKGROUND_WORK);
        assertThat(page.locator("#count-rows")).hasText("4");
        assertThat(page.locator("#count-valid")).hasText("2");
        assertThat(page.locator("#count-rejected")).hasText("2");
        Locator issues = page.locator("#issues");
        assertThat(issues.locator("tr", new Locator.LocatorOptions().setHasText("NIK_FORMAT"))).containsText("12345");
        assertThat(issues.locator("tr", new Locator.LocatorOptions().setHasText("ROW_OUT_OF_SCOPE"))).containsText("36.73.01.1001");
        assertThat(issues).containsText("NIK harus 16 angka"); // the message in Bahasa Indonesia
        APIResponse report = page.request().get(page.locator("#download-csv").getAttribute("href"));
        org.assertj.core.api.Assertions.assertThat(report.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(report.text()).contains("NIK_FORMAT").contains("ROW_OUT_OF_SCOPE");

        page.click("#commit-button");
        assertThat(page.locator("#batch-status")).hasAttribute("data-status", "COMMITTED", BACKGROUND_WORK);
        assertThat(page.locator("#count-new")).hasText("2");
        assertThat(page.locator("#commit-button")).hasCount(0);

        page.navigate("/intake");
        assertThat(page.locator("#batch-" + batchId)).containsText(agency);

        page.navigate("/search");
        page.fill("#q", womanNik);
        page.click("#search");
        assertThat(page.locator("#person-results")).containsText("Euis Komariah");
        page.locator("#person-results a", new Page.LocatorOptions().setHasText("Euis Komariah")).first().click();
        assertThat(page.locator("#nik")).hasText(womanNik);
        // the column mapped by hand reached the registry
        assertThat(page.locator("#person-facts")).containsText("Cikotok");
    }

    private Locator mappingOf(String sourceColumn) {
        return page.locator("#mapping-table select[data-source='" + sourceColumn + "']");
    }
}
