package id.jaring.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

import id.jaring.access.Role;
import id.jaring.access.SystemActor;
import id.jaring.intake.BatchStatus;
import id.jaring.intake.IntakeBatches;
import id.jaring.support.TestUsers;

/** The intake pages: upload, mapping with selects, progress fragment, report, both languages. */
@SpringBootTest
@AutoConfigureMockMvc
class IntakePagesTests {

    static final Authentication STEWARD = TestUsers.as(Role.DATA_STEWARD, null);

    @Autowired MockMvc mvc;
    @Autowired IntakeBatches intake;

    String page(String url) throws Exception {
        return mvc.perform(get(url).with(authentication(STEWARD))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void uploadMapReportAndCommitThroughThePages() throws Exception {
        String agency = "W" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
        int serial = ThreadLocalRandom.current().nextInt(1, 9999);
        String nik = "360201" + "120385" + String.format("%04d", serial);
        String csv = "NO_NIK,NAMA_LENGKAP,JK,TGL_LAHIR,KD_DESA\n" + nik + ",Ahmad Web,L,12-03-1985,3602012002\n"
                + "123,Salah,L,12-03-1985,3602012002\n";
        String location = mvc.perform(multipart("/intake").file(new MockMultipartFile("file", "web.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).param("agency", agency).with(authentication(STEWARD)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/intake/batches/");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        String mapping = page(location);
        assertThat(mapping).contains("id=\"mapping-form\"").contains("id=\"map-0\"").contains("data-source=\"NAMA_LENGKAP\"");
        assertThat(mapping).containsPattern("<option value=\"nama\" selected=\"selected\">nama</option>");

        mvc.perform(post(location + "/mapping").with(authentication(STEWARD)).with(csrf())
                        .param("source", "NO_NIK", "NAMA_LENGKAP", "JK", "TGL_LAHIR", "KD_DESA")
                        .param("target", "nik", "nama", "jenis_kelamin", "tanggal_lahir", "kode_wilayah"))
                .andExpect(status().is3xxRedirection());
        assertThat(SystemActor.callAs(STEWARD, () -> intake.awaitIdle(id)).status()).isEqualTo(BatchStatus.VALIDATED);

        // the poller is told to reload the page once the work is done
        mvc.perform(get(location + "/progress").with(authentication(STEWARD))).andExpect(status().isOk())
                .andExpect(header().string("HX-Refresh", "true"));
        for (String lang : new String[] {"id", "en"}) {
            String report = page(location + "?lang=" + lang);
            assertThat(report).doesNotContain("??").contains("id=\"count-valid\"").contains("id=\"issues\"")
                    .contains("NIK_FORMAT").contains("id=\"commit-button\"").contains("id=\"download-xlsx\"");
            assertThat(page("/intake?lang=" + lang)).doesNotContain("??").contains("id=\"upload-form\"")
                    .contains("id=\"batch-" + id + "\"");
            assertThat(page("/intake/conflicts?lang=" + lang)).doesNotContain("??").contains("id=\"conflicts\"");
        }
        assertThat(page(location + "?lang=id")).contains("NIK harus 16 angka");

        mvc.perform(post(location + "/commit").with(authentication(STEWARD)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(SystemActor.callAs(STEWARD, () -> intake.awaitIdle(id)).status()).isEqualTo(BatchStatus.COMMITTED);
        assertThat(page(location)).contains("id=\"count-new\"").doesNotContain("id=\"commit-button\"");
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWithItsMessage() throws Exception {
        var flash = mvc.perform(multipart("/intake").file(new MockMultipartFile("file", "e.csv", "text/csv", new byte[0]))
                        .param("agency", "DINSOS").with(authentication(STEWARD)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
        assertThat(flash.get("flashError")).isNotNull();
    }

    @Test
    void aRoleThatMayNotImportGetsNoUploadForm() throws Exception {
        String html = mvc.perform(get("/intake").with(authentication(TestUsers.as(Role.PENDAMPING, "36.02"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("id=\"upload-form\"");
    }
}
