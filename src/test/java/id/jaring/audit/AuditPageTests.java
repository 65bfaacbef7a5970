package id.jaring.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import id.jaring.access.Role;
import id.jaring.support.TestUsers;

@SpringBootTest
@AutoConfigureMockMvc
class AuditPageTests {

    @Autowired MockMvc mvc;
    @Autowired AuditLog log;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;

    @Test
    void auditorFindsAChangeByEntityAndTheLookIsRecorded() throws Exception {
        String id = UUID.randomUUID().toString();
        TestUsers.runAs(TestUsers.as(Role.DATA_STEWARD, null), () -> tx.executeWithoutResult(s -> log.recordChange(
                AuditAction.UPDATE, new EntityRef("TEST_THING", id), "36.02", Map.of("alamat", "KP. LAMA"),
                Map.of("alamat", "KP. BARU"), "test")));
        long readsBefore = readsOfTheTrail();

        String page = mvc.perform(get("/audit").param("entityType", "TEST_THING").param("entityId", id)
                        .with(authentication(TestUsers.as(Role.AUDITOR, null))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains(id).contains("KP. LAMA").contains("KP. BARU").contains("test-data_steward");
        assertThat(readsOfTheTrail()).isEqualTo(readsBefore + 1);
    }

    @Test
    void aRegionalAuditorSeesTheEventsOfItsKabKotaOnly() throws Exception {
        String id = UUID.randomUUID().toString();
        TestUsers.runAs(TestUsers.as(Role.DATA_STEWARD, null), () -> tx.executeWithoutResult(s -> {
            log.recordChange(AuditAction.UPDATE, new EntityRef("TEST_REGION", id), "36.02", null, Map.of("in", "LEBAK"), "a");
            log.recordChange(AuditAction.UPDATE, new EntityRef("TEST_REGION", id), "36.01", null, Map.of("in", "PANDEGLANG"),
                    "b");
            log.recordChange(AuditAction.UPDATE, new EntityRef("TEST_REGION", id), null, null, Map.of("in", "PROVINSI"), "c");
        }));

        String lebak = mvc.perform(get("/audit").param("entityType", "TEST_REGION").param("entityId", id)
                        .with(authentication(TestUsers.as(Role.AUDITOR, "36.02"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String province = mvc.perform(get("/audit").param("entityType", "TEST_REGION").param("entityId", id)
                        .with(authentication(TestUsers.as(Role.AUDITOR, null))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(lebak).contains("LEBAK").doesNotContain("PANDEGLANG").doesNotContain("PROVINSI");
        assertThat(province).contains("LEBAK", "PANDEGLANG", "PROVINSI");
    }

    @Test
    void filtersLeaveOutOtherEntities() throws Exception {
        String page = mvc.perform(get("/audit").param("entityType", "NO_SUCH_TYPE")
                        .with(authentication(TestUsers.as(Role.ADMIN, null))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"audit-filter\"").doesNotContain("id=\"audit-events\"");
    }

    @Test
    void operatorsMayNotReadTheTrail() throws Exception {
        mvc.perform(get("/audit").with(authentication(TestUsers.as(Role.OPERATOR_KABKOTA, "36.02"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(authentication(TestUsers.as(Role.DATA_STEWARD, null))))
                .andExpect(status().isForbidden());
    }

    private long readsOfTheTrail() {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'AUDIT_TRAIL' and action = 'READ'")
                .query(Long.class).single();
    }
}
