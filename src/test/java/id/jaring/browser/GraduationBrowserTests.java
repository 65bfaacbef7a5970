package id.jaring.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import id.jaring.access.Role;
import id.jaring.access.Scope;
import id.jaring.access.UserProvisioning;
import id.jaring.enrollment.Enrolment;
import id.jaring.enrollment.EnrolmentProposals;
import id.jaring.enrollment.Propose;
import id.jaring.program.ProgramFixtures;
import id.jaring.program.Programme;
import id.jaring.program.ProgrammeRules;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import id.jaring.program.SaveRule;
import id.jaring.registry.Fixtures;
import id.jaring.registry.HouseholdRegistration;
import id.jaring.support.BrowserTest;

/**
 * Issue 6 through the real UI: the pendamping records a field assessment of a KPM family and
 * proposes its self-sufficiency graduation (which keeps the readiness as evidence), the
 * kab/kota operator verifies it, the programme owner approves it, and the next family of the waiting
 * list is proposed at once to take the freed slot; the owner approves that one, and the slot ledger
 * shows both families in slot 1. The families live in a desa of Cikulur (Lebak) no other test uses,
 * named by the programme's rule.
 */
class GraduationBrowserTests extends BrowserTest {

    private static final String PASSWORD = "kata-sandi-e2e-0006";
    private static final String DESA = "36.02.17.2010";

    @Autowired UserProvisioning users;
    @Autowired Programmes programmes;
    @Autowired ProgrammeRules rules;
    @Autowired Quotas quotas;
    @Autowired EnrolmentProposals proposals;
    @Autowired HouseholdRegistration registration;
    @Autowired JdbcClient jdbc;

    @Test
    void pendampingProposesOperatorVerifiesOwnerApprovesAndTheNextFamilyIsProposed() {
        users.ensureUser("e2e.pendamping", "Pendamping Cikulur", PASSWORD, Role.PENDAMPING, new Scope(null, "36.02.17"));
        users.ensureUser("e2e.verivali", "Operator Lebak Verivali", PASSWORD, Role.OPERATOR_KABKOTA, new Scope(null, "36.02"));
        users.ensureUser("e2e.owner", "Operator Dinas Sosial", PASSWORD, Role.OPERATOR_OPD, new Scope("DINSOS", null));
        Programme p = ProgramFixtures.programmeWithQuotas(programmes, quotas, "36.02", 1);
        ProgramFixtures.as(ProgramFixtures.STEWARD, () -> rules.save(p.code(), new SaveRule("desa = '" + DESA + "' AND desil <= 4", null)));
        long graduating = family(1);
        long next = family(2);
        Enrolment kpm = enrol(p, graduating);
        String nextKk = jdbc.sql("select no_kk from household where id = :h").param("h", next).query(String.class).single();

        // the pendamping visits the family and records the field assessment
        logIn("e2e.pendamping", PASSWORD);
        page.navigate("/graduation/families/" + graduating);
        assertThat(page.locator("#no-history")).isVisible();
        for (String indicator : List.of("LAPANGAN_USAHA", "LAPANGAN_PANGAN", "LAPANGAN_KESEHATAN", "LAPANGAN_KESIAPAN")) {
            page.check("#answer-" + indicator + "-YA");
        }
        page.fill("#notes", "warung berjalan, makan tiga kali sehari");
        page.click("#assessment-submit");
        assertThat(page.locator(".flash.ok")).hasText("Penilaian lapangan tersimpan; kesiapan keluarga sudah dihitung ulang.");
        assertThat(page.locator("#history tbody tr")).hasCount(1);
        assertThat(page.locator("#label")).isVisible();

        // then proposes the graduation on the KPM's page
        page.navigate("/enrolments/" + kpm.id());
        page.selectOption("#exit-kind", "MANDIRI");
        page.fill("#exit-reason", "usaha warung stabil, penghasilan di atas garis kemiskinan");
        page.click("#propose-exit-submit");
        assertThat(page.locator(".flash.ok")).hasText("Usulan graduasi atau keluar disimpan.");
        assertThat(page.locator("table.exits tbody tr")).hasCount(1);
        assertThat(page.locator("table.exits")).containsText("Diusulkan");
        // the proposal rests on the readiness computed with that field assessment
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                select (x.assessment ->> 'fieldAssessmentId') is not null and x.assessment ->> 'label' is not null
                from enrolment_exit x where x.enrolment_id = :e""").param("e", kpm.id()).query(Boolean.class).single())
                .isTrue();
        logOut();

        // the kab/kota operator verifies it from the list of open exits
        logIn("e2e.verivali", PASSWORD);
        page.navigate("/enrolments/" + p.code() + "/36.02");
        page.click("#exits-link");
        Locator row = page.locator("table.exits tbody tr");
        assertThat(row).containsText(kpm.noKk());
        row.locator("input[name=note]").fill("dikunjungi 20 November");
        row.locator("button", new Locator.LocatorOptions().setHasText("Verifikasi")).click();
        assertThat(page.locator(".flash.ok")).hasText("Usulan diverifikasi dan menunggu keputusan pemilik program.");
        assertThat(row).containsText("Terverifikasi");
        logOut();

        // the programme owner approves: the membership ends and the next family is proposed for the slot
        logIn("e2e.owner", PASSWORD);
        page.navigate("/enrolments/" + p.code() + "/36.02/exits");
        page.locator("table.exits tbody tr button", new Page.LocatorOptions().setHasText("Setujui")).click();
        assertThat(page.locator(".flash.ok")).containsText("Disetujui");
        assertThat(page.locator("#no-open-exits")).isVisible();
        page.locator(".breadcrumb a", new Page.LocatorOptions().setHasText("Usulan dan KPM")).click();
        Locator replacement = page.locator("#pending tbody tr");
        assertThat(replacement).hasCount(1);
        assertThat(replacement).containsText(nextKk);
        assertThat(replacement).containsText("system");
        assertThat(replacement).containsText("Menggantikan kepesertaan #" + kpm.id());
        replacement.locator("button", new Locator.LocatorOptions().setHasText("Setujui")).click();
        assertThat(page.locator(".flash.ok")).hasText("Usulan disetujui: keluarga menjadi KPM.");
        assertThat(page.locator("#kpm tbody tr")).containsText(nextKk);

        page.click("#slots-link");
        Locator slot = page.locator("#slots tbody tr");
        assertThat(slot).hasCount(2);
        assertThat(slot.nth(0)).containsText(kpm.noKk());
        assertThat(slot.nth(0)).containsText("Graduasi mandiri");
        assertThat(slot.nth(1)).containsText(nextKk);
        assertThat(slot.nth(1)).containsText("masih ditempati");
        page.navigate("/enrolments/" + kpm.id());
        assertThat(page.locator("#enrolment-status")).hasText("SELESAI");
        assertThat(page.locator("#enrolment-replaced-by")).containsText(nextKk);
    }

    /** A family of three in the test desa with a rank of the given desil. */
    private long family(int desil) {
        long h = ProgramFixtures.as(ProgramFixtures.STEWARD,
                () -> registration.register(Fixtures.family("360217", DESA, "KELUARGA E2E")).id());
        jdbc.sql("""
                insert into household_rank (household_id, kabkota_code, score, desil, weights_version, computed_at)
                values (:h, '36.02', :score, :desil, 1, now())
                """).param("h", h).param("score", BigDecimal.TEN).param("desil", desil).update();
        return h;
    }

    private Enrolment enrol(Programme p, long household) {
        Enrolment proposed = ProgramFixtures.as(ProgramFixtures.user(8901, Role.OPERATOR_KABKOTA, null, "36.02"),
                () -> proposals.propose(new Propose(p.code(), household, null, null)));
        return ProgramFixtures.as(ProgramFixtures.user(8902, Role.OPERATOR_KABKOTA, null, "36.02"),
                () -> proposals.approve(proposed.id()));
    }
}
