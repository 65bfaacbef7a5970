package id.jaring.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.jaring.access.Role;
import id.jaring.access.Scope;
import id.jaring.access.UserProvisioning;
import id.jaring.support.BrowserTest;

/** The data steward writes a rule, sees an error with its caret, previews it and asks why for one family (htmx). */
class RulesBrowserTests extends BrowserTest {

    @Autowired UserProvisioning users;
    @Autowired JdbcClient jdbc;

    @Test
    void writeCheckPreviewAndExplainARule() {
        long family = pregnantFamilyInLebak();
        users.ensureUser("browser.rules", "Browser Rules", "kata-sandi-rahasia-2", Role.DATA_STEWARD, Scope.PROVINCE);
        logIn("browser.rules", "kata-sandi-rahasia-2");
        page.navigate("/targeting/rules");

        page.fill("#rule-text", "desil <= 4 DAN ADA ANGGOTA (sekolah = KULIAH)");
        page.click("#rule-check");
        assertThat(page.locator("#rule-errors")).containsText("Baris 1, kolom 39");
        assertThat(page.locator("#rule-errors pre")).containsText("^");

        page.fill("#rule-text", "desil <= 4 DAN ADA ANGGOTA (hamil)");
        page.click("#rule-check");
        assertThat(page.locator("#rule-valid")).isVisible();
        page.click("#rule-preview");
        assertThat(page.locator("#rule-preview-summary")).containsText("Aturan ini memilih");
        assertThat(page.locator("#rule-preview-table")).containsText("36.02");

        page.fill("#rule-household", String.valueOf(family));
        page.click("#rule-explain");
        assertThat(page.locator("#rule-verdict")).hasText("MEMENUHI SYARAT");
        assertThat(page.locator("#rule-explanation")).containsText("menentukan");
        // the text area keeps the rule across the partial updates
        assertThat(page.locator("#rule-text")).hasValue("desil <= 4 DAN ADA ANGGOTA (hamil)");
    }

    private long pregnantFamilyInLebak() {
        String desa = "36.02.01.2002";
        String noKk = "96" + String.format("%014d", ThreadLocalRandom.current().nextLong(100_000_000_000_000L));
        long id = jdbc.sql("""
                insert into household (no_kk, kabkota_code, desa_code, alamat, created_at, updated_at)
                values (:noKk, '36.02', :desa, 'KP. PERAMBAN', now(), now()) returning id
                """).param("noKk", noKk).param("desa", desa).query(Long.class).single();
        long person = jdbc.sql("""
                insert into person (nama, jenis_kelamin, tanggal_lahir, hamil, kabkota_code, desa_code, created_at, updated_at)
                values ('IBU PERAMBAN', 'P', :born, true, '36.02', :desa, now(), now()) returning id
                """).param("born", LocalDate.of(1995, 5, 5)).param("desa", desa).query(Long.class).single();
        jdbc.sql("""
                insert into household_member (household_id, person_id, hubungan_keluarga, valid_from, kabkota_code)
                values (:h, :p, 'KEPALA KELUARGA', date '2020-01-01', '36.02')
                """).param("h", id).param("p", person).update();
        jdbc.sql("""
                insert into household_rank (household_id, kabkota_code, score, desil, weights_version, computed_at)
                values (:h, '36.02', 10.5, 2, 1, now())
                """).param("h", id).update();
        return id;
    }
}
