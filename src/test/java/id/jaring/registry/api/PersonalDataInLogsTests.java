package id.jaring.registry.api;

import static id.jaring.registry.Fixtures.LEBAK_DESA;
import static id.jaring.registry.Fixtures.LEBAK_KEC;
import static id.jaring.registry.Fixtures.family;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

import id.jaring.access.Role;
import id.jaring.registry.RegisterHousehold;
import id.jaring.support.TestUsers;
import tools.jackson.databind.json.JsonMapper;

/** UU 27/2022: registering, refusing a duplicate and searching leave no NIK or name in the logs. */
@SpringBootTest(properties = {"logging.level.root=INFO", "logging.level.id.jaring=DEBUG"})
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataInLogsTests {

    static final Authentication STEWARD = TestUsers.as(Role.DATA_STEWARD, null);

    @Autowired
    MockMvc mvc;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void personalDataStaysOutOfTheLog(CapturedOutput output) throws Exception {
        RegisterHousehold command = family(LEBAK_KEC, LEBAK_DESA, "KARTINAH SULASTRI");
        String body = json.writeValueAsString(command);
        mvc.perform(post("/api/v1/households").with(authentication(STEWARD)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
        // the same NIKs again: refused by the uniqueness rule (and the database index behind it)
        mvc.perform(post("/api/v1/households").with(authentication(STEWARD)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isBadRequest());
        String nik = command.members().get(0).person().nik();
        mvc.perform(get("/api/v1/persons").param("nik", nik).with(authentication(STEWARD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/persons").param("name", "kartinah sulastri").with(authentication(STEWARD)))
                .andExpect(status().isOk());

        assertThat(output.getAll())
                .doesNotContain(nik)
                .doesNotContain(command.household().noKk())
                .doesNotContainIgnoringCase("kartinah");
    }
}
