package id.jaring.registry.web;

import static id.jaring.registry.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.jaring.access.Role;
import id.jaring.registry.EditHousehold;
import id.jaring.registry.HouseholdEditing;
import id.jaring.registry.HouseholdRegistration;
import id.jaring.registry.RegisterHousehold;
import id.jaring.registry.Sex;
import id.jaring.support.TestUsers;

/** The registry's pages, through MockMvc on the real embedded PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
class RegistryWebTests {

    static final Authentication STEWARD = TestUsers.as(Role.DATA_STEWARD, null);
    static final Authentication LEBAK = TestUsers.as(Role.OPERATOR_KABKOTA, "36.02");
    static final Authentication PIMPINAN = TestUsers.as(Role.PIMPINAN, null);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired HouseholdRegistration registration;
    @Autowired HouseholdEditing editing;

    private static MockHttpServletRequestBuilder as(Authentication who, MockHttpServletRequestBuilder request) {
        return request.with(authentication(who)).with(csrf());
    }

    private String page(Authentication who, String url, int expectedStatus) throws Exception {
        return mvc.perform(as(who, get(url))).andExpect(status().is(expectedStatus)).andReturn().getResponse()
                .getContentAsString();
    }

    private MvcResult postForm(Authentication who, String url, Map<String, String> form) throws Exception {
        MockHttpServletRequestBuilder request = as(who, post(url));
        form.forEach((k, v) -> request.param(k, v));
        return mvc.perform(request).andReturn();
    }

    private long register(Authentication who, RegisterHousehold command) {
        AtomicLong id = new AtomicLong();
        TestUsers.runAs(who, () -> id.set(registration.register(command).id()));
        return id.get();
    }

    /** The registration form filled in for a head and a wife in the Lebak desa. */
    private static Map<String, String> familyForm(String noKk, String headNik, String headName, LocalDate headBorn,
            String wifeNik, LocalDate wifeBorn) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("household.noKk", noKk);
        f.put("household.desaCode", LEBAK_DESA);
        f.put("household.alamat", "KP. CIBEUREUM");
        f.put("household.rt", "2");
        f.put("household.rw", "5");
        f.put("household.luasLantaiM2", "30");
        f.put("household.jenisLantai", "TANAH");
        f.put("household.asetTabungan", "false");
        f.put("members[0].hubungan", "KEPALA_KELUARGA");
        f.put("members[0].nik", headNik);
        f.put("members[0].nama", headName);
        f.put("members[0].jenisKelamin", "L");
        f.put("members[0].tempatLahir", "LEBAK");
        f.put("members[0].tanggalLahir", headBorn.toString());
        f.put("members[0].disabilitas", "TIDAK_ADA");
        f.put("members[1].hubungan", "ISTRI");
        f.put("members[1].nik", wifeNik);
        f.put("members[1].nama", "ENENG SURYANI");
        f.put("members[1].jenisKelamin", "P");
        f.put("members[1].tempatLahir", "LEBAK");
        f.put("members[1].tanggalLahir", wifeBorn.toString());
        f.put("members[1].hamil", "true");
        f.put("members[1].hpl", LocalDate.now().plusMonths(3).toString());
        f.put("save", "1");
        return f;
    }

    private static Map<String, String> validFamilyForm(String headName) {
        LocalDate headBorn = LocalDate.of(1979, 4, 12);
        LocalDate wifeBorn = LocalDate.of(1983, 9, 3);
        return familyForm(noKk(LEBAK_KEC), nik(LEBAK_KEC, headBorn, Sex.L), headName, headBorn,
                nik(LEBAK_KEC, wifeBorn, Sex.P), wifeBorn);
    }

    private long householdIdOf(String noKk) {
        return jdbc.sql("select id from household where no_kk = :kk").param("kk", noKk).query(Long.class).single();
    }

    private long householdsWith(String noKk) {
        return jdbc.sql("select count(*) from household where no_kk = :kk").param("kk", noKk).query(Long.class).single();
    }

    @Test
    void registersAFamilyWithTwoMembersThroughTheForm() throws Exception {
        Map<String, String> form = validFamilyForm("ASEP SAEPUDIN");
        MvcResult result = postForm(STEWARD, "/households/new", form);
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        long id = householdIdOf(form.get("household.noKk"));
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/households/" + id);

        assertThat(jdbc.sql("""
                select count(*) from household_member m join person p on p.id = m.person_id
                where m.household_id = :id and m.valid_to is null and p.nik in (:a, :b)""")
                .param("id", id).param("a", form.get("members[0].nik")).param("b", form.get("members[1].nik"))
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select alamat from household where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("KP. CIBEUREUM");

        String detail = page(STEWARD, "/households/" + id, 200);
        assertThat(detail).contains(form.get("household.noKk"), "ASEP SAEPUDIN", "ENENG SURYANI", "KEPALA KELUARGA",
                form.get("members[1].nik"), "Luas lantai");
    }

    @Test
    void badNikShowsTheIndonesianMessageBesideTheFieldKeepsTheInputAndSavesNothing() throws Exception {
        Map<String, String> form = validFamilyForm("UJANG SUTISNA");
        form.put("members[1].nik", "12345");
        MvcResult result = postForm(STEWARD, "/households/new", form);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String html = result.getResponse().getContentAsString();
        assertThat(html).containsPattern(
                "name=\"members\\[1\\]\\.nik\" value=\"12345\"[^>]*>\\s*<div class=\"field-error\">NIK harus 16 angka");
        assertThat(html).contains("value=\"UJANG SUTISNA\"", "value=\"KP. CIBEUREUM\"");
        assertThat(householdsWith(form.get("household.noKk"))).isZero();
        assertThat(jdbc.sql("select count(*) from person where nik = :nik").param("nik", form.get("members[0].nik"))
                .query(Long.class).single()).isZero();
    }

    @Test
    void aWarningNeedsConfirmationThenSaves() throws Exception {
        Map<String, String> form = validFamilyForm("DEDI MULYADI");
        form.put("members[0].tanggalLahir", "1979-04-13"); // the NIK says 12 April
        MvcResult first = postForm(STEWARD, "/households/new", form);
        assertThat(first.getResponse().getStatus()).isEqualTo(200);
        String html = first.getResponse().getContentAsString();
        assertThat(html).contains("Tanggal lahir pada NIK tidak sama", "id=\"warnings\"", "id=\"confirmWarnings\"");
        assertThat(html).containsPattern("name=\"members\\[0\\]\\.nik\"[^>]*>\\s*<div class=\"field-warning\">");
        assertThat(householdsWith(form.get("household.noKk"))).isZero();

        form.put("confirmWarnings", "true");
        MvcResult second = postForm(STEWARD, "/households/new", form);
        assertThat(second.getResponse().getStatus()).isEqualTo(302);
        assertThat(householdsWith(form.get("household.noKk"))).isEqualTo(1);
    }

    @Test
    void addMemberButtonRendersOneMoreRowAndKeepsTheInput() throws Exception {
        Map<String, String> form = validFamilyForm("ENDANG KOSASIH");
        form.remove("save");
        form.put("addMember", "1");
        MvcResult result = postForm(STEWARD, "/households/new", form);
        String html = result.getResponse().getContentAsString();
        assertThat(html).contains("name=\"members[2].nik\"", "value=\"ENDANG KOSASIH\"").doesNotContain("members[3].nik");
        assertThat(householdsWith(form.get("household.noKk"))).isZero();
    }

    @Test
    void editingWithAStaleVersionShowsTheConcurrencyMessage() throws Exception {
        RegisterHousehold command = family(LEBAK_KEC, LEBAK_DESA, "KOMARUDIN");
        long id = register(STEWARD, command);
        String editPage = page(STEWARD, "/households/" + id + "/edit", 200);
        assertThat(editPage).contains("name=\"version\"", "value=\"0\"", "value=\"KP. CILANGKAHAN\"");
        // someone else saves first
        TestUsers.runAs(STEWARD, () -> editing.edit(new EditHousehold(id, 0, command.household(), null, false)));

        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", "0");
        form.put("household.noKk", command.household().noKk());
        form.put("household.desaCode", LEBAK_DESA);
        form.put("household.alamat", "KP. BARU");
        MvcResult result = postForm(STEWARD, "/households/" + id + "/edit", form);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("id=\"concurrent\"",
                "Data ini telah diubah oleh pengguna lain");
        assertThat(jdbc.sql("select alamat from household where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("KP. CILANGKAHAN");
    }

    @Test
    void historyShowsBeforeAndAfterOfAnEditNewestFirst() throws Exception {
        RegisterHousehold command = family(LEBAK_KEC, LEBAK_DESA, "JAJANG NURJAMAN");
        long id = register(STEWARD, command);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", "0");
        form.put("household.noKk", command.household().noKk());
        form.put("household.desaCode", LEBAK_DESA);
        form.put("household.alamat", "KP. SUKAMAJU");
        form.put("household.rt", "3");
        form.put("household.rw", "1");
        MvcResult saved = postForm(STEWARD, "/households/" + id + "/edit", form);
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);

        String history = page(STEWARD, "/households/" + id + "/history", 200);
        assertThat(history).containsPattern(
                "<td>Alamat</td><td class=\"before\">KP. CILANGKAHAN</td>\\s*<td class=\"after\">KP. SUKAMAJU</td>");
        assertThat(history.indexOf("Diubah")).as("newest (the edit) first").isLessThan(history.indexOf("Dibuat"));
    }

    @Test
    void regionBrowserShowsCountsOfFamiliesAndPeople() throws Exception {
        register(STEWARD, family(LEBAK_KEC, LEBAK_DESA, "SARIPUDIN"));
        long families = jdbc.sql("select count(*) from household where desa_code = :d and status = 'AKTIF'")
                .param("d", LEBAK_DESA).query(Long.class).single();
        long people = jdbc.sql("""
                select count(*) from household_member m join household h on h.id = m.household_id
                where h.desa_code = :d and h.status = 'AKTIF' and m.valid_to is null""")
                .param("d", LEBAK_DESA).query(Long.class).single();
        assertThat(families).isPositive();

        String desa = page(STEWARD, "/regions/" + LEBAK_DESA, 200);
        assertThat(desa).contains("id=\"count-households\">" + String.format("%,d", families).replace(',', '.') + "<",
                "id=\"count-persons\">" + String.format("%,d", people).replace(',', '.') + "<", "SARIPUDIN",
                "href=\"/households/new?desa=" + LEBAK_DESA + "\"");
        String kecamatan = page(STEWARD, "/regions/36.02.01", 200);
        assertThat(kecamatan).contains("data-code=\"" + LEBAK_DESA + "\"", "href=\"/regions/" + LEBAK_DESA + "\"");
        assertThat(page(STEWARD, "/regions", 200)).contains("href=\"/regions/36.02\"", "Lebak");
    }

    @Test
    void leadershipSeesCountsButNoPeople() throws Exception {
        long id = register(STEWARD, family(LEBAK_KEC, LEBAK_DESA, "MAMAN SUPARMAN"));
        String desa = page(PIMPINAN, "/regions/" + LEBAK_DESA, 200);
        assertThat(desa).contains("id=\"count-households\"").doesNotContain("MAMAN SUPARMAN");
        assertThat(page(PIMPINAN, "/households/" + id, 403)).contains("Akses ditolak");
    }

    @Test
    void searchFindsByNikByNoKkAndByAMisspelledName() throws Exception {
        String token = randomWord(7);
        RegisterHousehold command = family(LEBAK_KEC, LEBAK_DESA, "SUKMA " + token);
        long id = register(STEWARD, command);
        String headNik = command.members().get(0).person().nik();
        long headId = jdbc.sql("select id from person where nik = :nik and tanggal_meninggal is null")
                .param("nik", headNik).query(Long.class).single();

        assertThat(page(STEWARD, "/search?q=" + headNik, 200)).contains("href=\"/persons/" + headId + "\"");
        assertThat(page(STEWARD, "/search?q=" + command.household().noKk(), 200))
                .contains("href=\"/households/" + id + "\"");
        String misspelled = "SUKMA " + token.substring(0, 6) + (token.charAt(6) == 'A' ? 'E' : 'A');
        assertThat(page(STEWARD, "/search?q=" + misspelled.toLowerCase() + "&region=36.02", 200))
                .contains("href=\"/persons/" + headId + "\"");
    }

    @Test
    void aKabKotaOperatorGetsNotFoundForAFamilyOfAnotherKabKota() throws Exception {
        // Kota Serang is 36.73 in the Kemendagri codes (36.72 is Kota Cilegon)
        long id = register(STEWARD, family(SERANG_KEC, SERANG_DESA, "HERMAWAN"));
        for (String url : new String[] {"/households/" + id, "/households/" + id + "/edit",
                "/households/" + id + "/history"}) {
            assertThat(page(LEBAK, url, 404)).as(url).contains("Halaman tidak ditemukan").doesNotContain("HERMAWAN");
        }
        assertThat(page(STEWARD, "/households/" + id, 200)).contains("HERMAWAN");
    }

    @Test
    void englishSwitchRendersEnglishLabels() throws Exception {
        String html = page(STEWARD, "/households/new?lang=en", 200);
        assertThat(html).contains("Register a family", "Date of birth", "Add member").doesNotContain("Tanggal lahir");
        String indonesian = page(STEWARD, "/households/new?lang=id", 200);
        assertThat(indonesian).contains("Daftarkan keluarga", "Tanggal lahir", "name=\"members[0].nik\"", "id=\"save\"");
        assertThat(indonesian.split("<summary", -1)).as("one collapsible welfare block, nothing stray").hasSize(2);
    }

    @Test
    void addsAMemberAndEndsAMembershipFromTheFamilyPage() throws Exception {
        RegisterHousehold command = family(LEBAK_KEC, LEBAK_DESA, "RAHMAT HIDAYAT");
        long id = register(STEWARD, command);
        LocalDate born = LocalDate.of(2019, 2, 7);
        String babyNik = nik(LEBAK_KEC, born, Sex.P);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("mode", "new");
        form.put("hubungan", "ANAK");
        form.put("newPerson.nik", babyNik);
        form.put("newPerson.nama", "NENG AISYAH");
        form.put("newPerson.jenisKelamin", "P");
        form.put("newPerson.tanggalLahir", born.toString());
        MvcResult added = postForm(STEWARD, "/households/" + id + "/members/new", form);
        assertThat(added.getResponse().getStatus()).isEqualTo(302);
        long babyId = jdbc.sql("select id from person where nik = :nik").param("nik", babyNik).query(Long.class).single();
        assertThat(page(STEWARD, "/households/" + id, 200)).contains("NENG AISYAH");

        mvc.perform(as(STEWARD, post("/households/" + id + "/members/" + babyId + "/end").param("reason", "PINDAH")))
                .andExpect(redirectedUrlPattern("/households/*"));
        String after = page(STEWARD, "/households/" + id, 200);
        assertThat(after).contains("id=\"former-members\"");
        assertThat(page(STEWARD, "/persons/" + babyId, 200)).contains("NENG AISYAH", "Pindah");
    }

    @Test
    void everyPageRendersWithAllItsMessagesInBothLanguages() throws Exception {
        RegisterHousehold command = family(LEBAK_KEC, LEBAK_DESA, "WAWAN GUNAWAN");
        long id = register(STEWARD, command);
        long personId = jdbc.sql("select id from person where nik = :nik")
                .param("nik", command.members().get(0).person().nik()).query(Long.class).single();
        String[] urls = {"/regions", "/regions/36.02", "/regions/36.02.01", "/regions/" + LEBAK_DESA, "/households",
                "/households?region=36.02", "/households/new", "/households/new?desa=" + LEBAK_DESA,
                "/households/" + id, "/households/" + id + "/edit", "/households/" + id + "/members/new",
                "/households/" + id + "/history", "/persons/" + personId, "/persons/" + personId + "/edit",
                "/persons/" + personId + "/history", "/search", "/search?q=wawan+gunawan",
                "/search?q=" + command.household().noKk(), "/regions/options?kab=36.02",
                "/regions/options?kec=36.02.01", "/households/999999999"};
        for (String lang : new String[] {"id", "en"}) {
            for (String url : urls) {
                String sep = url.contains("?") ? "&" : "?";
                String html = mvc.perform(as(STEWARD, get(url + sep + "lang=" + lang))).andReturn().getResponse()
                        .getContentAsString();
                assertThat(html).as(lang + " " + url).isNotBlank().doesNotContain("??");
            }
        }
        assertThat(page(STEWARD, "/persons/" + personId + "/edit?lang=id", 200))
                .contains("name=\"person.nik\"", "name=\"person.tanggalMeninggal\"", "id=\"version\" value=\"0\"");
        assertThat(page(STEWARD, "/regions/options?kab=36.02", 200)).contains("value=\"36.02.01\"");
    }

    @Test
    void personEditWithAStaleVersionShowsTheConcurrencyMessage() throws Exception {
        RegisterHousehold command = family(LEBAK_KEC, LEBAK_DESA, "NANANG KOSIM");
        register(STEWARD, command);
        var head = command.members().get(0).person();
        long personId = jdbc.sql("select id from person where nik = :nik").param("nik", head.nik())
                .query(Long.class).single();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", "0");
        form.put("person.nik", head.nik());
        form.put("person.nama", "NANANG KOSIM BIN SALEH");
        form.put("person.jenisKelamin", "L");
        form.put("person.tanggalLahir", head.tanggalLahir().toString());
        assertThat(postForm(STEWARD, "/persons/" + personId + "/edit", form).getResponse().getStatus()).isEqualTo(302);
        form.put("person.nama", "NANANG KOSIM LAGI");
        String html = postForm(STEWARD, "/persons/" + personId + "/edit", form).getResponse().getContentAsString();
        assertThat(html).contains("id=\"concurrent\"", "Data ini telah diubah oleh pengguna lain");
        assertThat(page(STEWARD, "/persons/" + personId + "/history", 200))
                .containsPattern("<td>Nama</td><td class=\"before\">NANANG KOSIM</td>\\s*<td class=\"after\">NANANG KOSIM BIN SALEH</td>");
    }

    @Test
    void movesARegisteredPersonInByNikAndChangesARelationship() throws Exception {
        long target = register(STEWARD, family(LEBAK_KEC, LEBAK_DESA, "OMAN ROHMAN"));
        RegisterHousehold other = family(LEBAK_KEC, LEBAK_DESA, "TATANG SUTARNA");
        long source = register(STEWARD, other);
        String childNik = other.members().get(2).person().nik();
        long childId = jdbc.sql("select id from person where nik = :nik").param("nik", childNik).query(Long.class).single();

        Map<String, String> unknown = new LinkedHashMap<>();
        unknown.put("mode", "existing");
        unknown.put("hubungan", "FAMILI_LAIN");
        unknown.put("existingNik", "3602010101010001");
        String html = postForm(STEWARD, "/households/" + target + "/members/new", unknown).getResponse()
                .getContentAsString();
        assertThat(html).containsPattern("name=\"existingNik\" value=\"3602010101010001\"[^>]*>\\s*<div class=\"field-error\">Tidak ada penduduk hidup");

        Map<String, String> form = new LinkedHashMap<>(unknown);
        form.put("existingNik", childNik);
        assertThat(postForm(STEWARD, "/households/" + target + "/members/new", form).getResponse().getStatus())
                .isEqualTo(302);
        assertThat(page(STEWARD, "/households/" + target, 200)).contains("id=\"member-" + childId + "\"", "FAMILI LAIN");
        assertThat(page(STEWARD, "/households/" + source, 200)).doesNotContain("id=\"member-" + childId + "\"");

        mvc.perform(as(STEWARD, post("/households/" + target + "/members/" + childId + "/relationship")
                .param("hubungan", "CUCU"))).andExpect(redirectedUrlPattern("/households/*"));
        assertThat(jdbc.sql("""
                select hubungan_keluarga from household_member where person_id = :p and valid_to is null""")
                .param("p", childId).query(String.class).single()).isEqualTo("CUCU");
        // a second head is refused, with the message on the next page
        MvcResult refused = mvc.perform(as(STEWARD, post("/households/" + target + "/members/" + childId + "/relationship")
                .param("hubungan", "KEPALA_KELUARGA"))).andReturn();
        assertThat(refused.getFlashMap().get("flashError")).asString().contains("tepat satu Kepala Keluarga");
    }

    private static String randomWord(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }
}
