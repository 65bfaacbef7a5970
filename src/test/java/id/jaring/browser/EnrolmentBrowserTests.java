package id.jaring.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import id.jaring.access.Role;
import id.jaring.access.Scope;
import id.jaring.access.SystemActor;
import id.jaring.access.UserProvisioning;
import id.jaring.program.ProgramFixtures;
import id.jaring.program.Programme;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import id.jaring.support.BrowserTest;
import id.jaring.targeting.WelfareRanking;

/**
 * Issue 5's walk through the real UI: the data steward writes a programme's eligibility rule,
 * previews how many families it selects and saves it; a Lebak operator opens the waiting list and
 * proposes the family at its top; a second Lebak operator approves it (the proposer may not) and
 * the family is a KPM from today. The families live in a Lebak desa that held no family before
 * the test, and the rule names that desa, so the shared database's other families stay out of it.
 */
class EnrolmentBrowserTests extends BrowserTest {

    private static final String PASSWORD = "kata-sandi-e2e-0001";

    @Autowired UserProvisioning users;
    @Autowired Programmes programmes;
    @Autowired Quotas quotas;
    @Autowired WelfareRanking ranking;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void stewardWritesARuleOperatorProposesTheTopFamilyAndASecondOperatorApprovesIt() {
        users.ensureUser("e2e.steward", "Pengelola Data E2E", PASSWORD, Role.DATA_STEWARD, Scope.PROVINCE);
        users.ensureUser("e2e.maker", "Operator Lebak Pengusul", PASSWORD, Role.OPERATOR_KABKOTA, new Scope(null, "36.02"));
        users.ensureUser("e2e.checker", "Operator Lebak Pemeriksa", PASSWORD, Role.OPERATOR_KABKOTA, new Scope(null, "36.02"));
        Programme programme = ProgramFixtures.programmeWithQuotas(programmes, quotas, "36.02", 5);
        String desa = emptyLebakDesa();
        List<String> noKk = families(desa);
        SystemActor.call(ranking::recompute);
        String rule = "desa = '" + desa + "' DAN desil <= 4 DAN ADA ANGGOTA (umur < 6)";

        // the data steward writes the rule, previews it and saves it
        logIn("e2e.steward", PASSWORD);
        openProgramme(programme.code());
        assertThat(page.locator("#rule-in-force")).containsText("belum punya aturan");
        page.click("#rule-link");
        page.fill("#text", rule);
        page.click("#preview-rule");
        assertThat(page.locator("#rule-preview")).containsText("Aturan ini memilih 2 keluarga");
        assertThat(page.locator("#rule-preview")).containsText("2 di Kabupaten Lebak");
        page.fill("#note", "uji ujung ke ujung");
        page.click("#save-rule");
        assertThat(page.locator(".flash.ok")).hasText("Aturan versi 1 disimpan dan berlaku.");
        assertThat(page.locator("#rule-v1")).containsText("berlaku");
        assertThat(page.locator("#rule-v1")).containsText("e2e.steward");
        logOut();

        // an operator of Lebak proposes the poorest family of the waiting list
        logIn("e2e.maker", PASSWORD);
        openProgramme(programme.code());
        quotaRow("36.02").locator("a", new Locator.LocatorOptions().setHasText("Daftar tunggu")).click();
        Locator waiting = page.locator("#waiting tbody tr");
        assertThat(waiting).hasCount(2);
        assertThat(waiting.nth(0)).containsText(noKk.get(0));
        assertThat(waiting.nth(0).locator("td").nth(3)).hasText("1");
        assertThat(waiting.nth(1)).containsText(noKk.get(1));
        waiting.nth(0).locator("button").click();
        assertThat(page.locator(".flash.ok")).hasText("Usulan disimpan dan menunggu persetujuan pengguna lain.");
        assertThat(waiting).hasCount(1);
        assertThat(waiting.nth(0)).containsText(noKk.get(1));

        // the proposer cannot approve its own proposal
        page.locator(".breadcrumb a", new Page.LocatorOptions().setHasText("Usulan dan KPM")).click();
        Locator proposal = page.locator("#pending tbody tr");
        assertThat(proposal).hasCount(1);
        assertThat(proposal).containsText(noKk.get(0));
        assertThat(proposal).containsText("e2e.maker");
        proposal.locator("button", new Locator.LocatorOptions().setHasText("Setujui")).click();
        assertThat(page.locator(".flash.err")).hasText(
                "Usulan harus disetujui atau ditolak oleh pengguna lain, bukan pengusulnya.");
        assertThat(page.locator("#pending tbody tr")).hasCount(1);
        logOut();

        // a second operator of Lebak approves it: the family is a KPM from today
        logIn("e2e.checker", PASSWORD);
        openProgramme(programme.code());
        quotaRow("36.02").locator("a", new Locator.LocatorOptions().setHasText("Usulan dan KPM")).click();
        page.locator("#pending tbody tr").locator("button", new Locator.LocatorOptions().setHasText("Setujui")).click();
        assertThat(page.locator(".flash.ok")).hasText("Usulan disetujui: keluarga menjadi KPM.");
        assertThat(page.locator("#pending")).hasCount(0);
        String today = LocalDate.now(clock).toString();
        Locator kpm = page.locator("#kpm tbody tr");
        assertThat(kpm).hasCount(1);
        assertThat(kpm).containsText(noKk.get(0));
        assertThat(kpm).containsText(today);
        assertThat(kpm).containsText("e2e.checker");
        assertThat(page.locator("#enrolled")).hasText("1");
        assertThat(page.locator("#remaining")).hasText("4");

        kpm.locator("a", new Locator.LocatorOptions().setHasText(noKk.get(0))).click();
        assertThat(page.locator("#enrolment-status")).hasText("AKTIF");
        assertThat(page.locator("#enrolment-start")).hasText(today);
        assertThat(page.locator("#eligibility-result")).hasText("TRUE");
        assertThat(page.locator("#eligibility-version")).hasText("1");
    }

    private void logOut() {
        page.locator(".usernav button", new Page.LocatorOptions().setHasText("Keluar")).click();
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
    }

    private void openProgramme(String code) {
        page.locator("nav.mainnav a", new Page.LocatorOptions().setHasText("Program")).first().click();
        page.locator("a", new Page.LocatorOptions().setHasText(Pattern.compile("^" + code + "$"))).click();
        assertThat(page.locator("#programme-code")).hasText(code);
    }

    private Locator quotaRow(String kabKota) {
        return page.locator("[id='quota-" + kabKota + "']");
    }

    /** A Lebak desa without any family yet (and outside the generated families' desa, code % 7 = 0). */
    private String emptyLebakDesa() {
        return jdbc.sql("""
                select code from region r
                where r.level = 4 and r.code like '36.02.%' and r.code_plain::bigint % 7 <> 0
                  and not exists (select 1 from household h where h.kabkota_code = '36.02' and h.desa_code = r.code)
                order by r.code desc limit 1
                """).query(String.class).single();
    }

    /**
     * Four families of seven in the desa, set-based: (1) the poorest, with small children; (2) nearly
     * as poor (a cement floor), with small children; (3) as poor as (1) but only adults; (4) well off,
     * with a small child. Poor = every welfare variable in the category the PMT scores lowest.
     * Returns their No. KK in that order.
     */
    private List<String> families(String desa) {
        String prefix = "3602" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        jdbc.sql("""
                insert into household (no_kk, kabkota_code, desa_code, alamat, status_bangunan, luas_lantai_m2, jenis_lantai,
                    jenis_dinding, jenis_atap, sumber_air_minum, sumber_penerangan, daya_listrik_va, bahan_bakar_memasak,
                    fasilitas_bab, aset_lahan, aset_ternak, aset_motor, aset_mobil, aset_kulkas, aset_emas, aset_tabungan,
                    created_at, updated_at)
                select :prefix || lpad(g::text, 4, '0'), left(:desa, 5), :desa, 'KP. UJUNG ' || g,
                    case when rich then 'MILIK_SENDIRI' else 'BEBAS_SEWA' end,
                    case when rich then 300 else 20 end,
                    case when rich then 'MARMER_GRANIT' when g = 2 then 'SEMEN_BATA_MERAH' else 'TANAH' end,
                    case when rich then 'TEMBOK' else 'BAMBU' end,
                    case when rich then 'BETON' else 'JERAMI_IJUK_RUMBIA' end,
                    case when rich then 'AIR_KEMASAN' else 'AIR_PERMUKAAN' end,
                    case when rich then 'PLN_METERAN' else 'BUKAN_LISTRIK' end,
                    case when rich then 5500 else 0 end,
                    case when rich then 'LISTRIK' else 'KAYU_BAKAR' end,
                    case when rich then 'SENDIRI' else 'TIDAK_ADA' end,
                    rich, case when rich then 10 else 0 end, case when rich then 3 else 0 end,
                    case when rich then 2 else 0 end, case when rich then 2 else 0 end, rich, rich, now(), now()
                from generate_series(1, 4) g, lateral (select g = 4 as rich) f
                """).param("prefix", prefix).param("desa", desa).update();
        jdbc.sql("""
                with fam as (select id, right(no_kk, 1)::int g from household where no_kk like :prefix || '%'),
                     people as (
                        insert into person (nama, jenis_kelamin, tanggal_lahir, pendidikan_terakhir, pekerjaan,
                            penghasilan_bulanan, kabkota_code, desa_code, created_at, updated_at)
                        select 'WARGA UJUNG ' || f.id || ' ' || k, case when k % 2 = 1 then 'L' else 'P' end,
                            cast(:today as date) - make_interval(years => case
                                when k = 1 then 40 when k = 2 then 36
                                when f.g = 3 then 16 + k
                                when f.g = 4 then 1 + k
                                else 2 * k - 4 end),
                            case when f.g = 4 then 'S1' else 'TIDAK_BELUM_SEKOLAH' end,
                            case when k > 2 then null when f.g = 4 then 'PNS' else 'BURUH TANI' end,
                            case when f.g = 4 then 15000000 else 0 end,
                            left(:desa, 5), :desa, now(), now()
                        from fam f cross join generate_series(1, case when f.g = 4 then 3 else 7 end) k
                        returning id, nama)
                insert into household_member (household_id, person_id, hubungan_keluarga, valid_from, kabkota_code)
                select split_part(nama, ' ', 3)::bigint, id,
                    case split_part(nama, ' ', 4) when '1' then 'KEPALA KELUARGA' when '2' then 'ISTRI' else 'ANAK' end,
                    date '2020-01-01', left(:desa, 5)
                from people
                """).param("prefix", prefix).param("desa", desa).param("today", LocalDate.now(clock)).update();
        return jdbc.sql("select no_kk from household where no_kk like :prefix || '%' order by no_kk")
                .param("prefix", prefix).query(String.class).list();
    }
}
