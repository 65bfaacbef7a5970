package id.jaring.registry;

import static id.jaring.registry.HouseholdRegistrationTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import id.jaring.access.CurrentUser;
import id.jaring.access.Role;
import id.jaring.support.TestUsers;

@SpringBootTest
class RegistryBulkLoadTests {

    /** Kelurahan Sukarasa (Kota Tangerang): used only by this class. */
    static final String DESA = "36.71.01.1001";

    @Autowired RegistryBulkLoad bulkLoad;
    @Autowired RegistrySearch search;
    @Autowired RegistryLookup lookup;
    @Autowired JdbcClient jdbc;

    long count(String sql) {
        return jdbc.sql(sql).param("desa", DESA).query(Long.class).single();
    }

    @Test
    void loadsFamiliesWithCopyAndCountsMatch() {
        long auditBefore = jdbc.sql("select count(*) from audit_event where entity_type = 'BULK_LOAD'").query(Long.class).single();
        BulkLoadResult result = as(Role.DATA_STEWARD, null,
                () -> bulkLoad.load(new BulkFamilies(DESA, 2_000, 3, 17), 500));

        assertThat(result.households()).isEqualTo(2_000);
        assertThat(result.persons()).isEqualTo(6_000);
        assertThat(result.memberships()).isEqualTo(6_000);
        assertThat(result.batches()).isEqualTo(4);
        assertThat(count("select count(*) from household where desa_code = :desa")).isEqualTo(2_000);
        assertThat(count("select count(*) from person where desa_code = :desa and nik is not null")).isEqualTo(6_000);
        assertThat(count("""
                select count(*) from household_member m join household h on h.id = m.household_id
                where h.desa_code = :desa and m.valid_to is null""")).isEqualTo(6_000);
        assertThat(count("""
                select count(*) from household_member m join household h on h.id = m.household_id
                where h.desa_code = :desa and m.hubungan_keluarga = 'KEPALA KELUARGA'""")).isEqualTo(2_000);
        // one audit event per batch, not per row
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'BULK_LOAD'").query(Long.class).single())
                .isEqualTo(auditBefore + 4);

        // the loaded records are ordinary records: searchable, readable, counted
        PersonMatch match = as(Role.DATA_STEWARD, null, () -> search.byName("ahmad bulk 0", DESA, 5)).get(0);
        assertThat(match.nama()).isEqualTo("AHMAD BULK 0");
        HouseholdView family = as(Role.OPERATOR_KABKOTA, "36.71", () -> lookup.household(match.householdId()));
        assertThat(family.members()).hasSize(3);
        assertThat(family.rt()).isEqualTo("001");
        assertThat(family.welfare().sumberAirMinum()).isEqualTo(Welfare.WaterSource.LEDENG);
    }

    @Test
    void aBrokenBatchLoadsNothingOfItself() {
        // the same stream twice: the second load's first batch breaks the NIK and No. KK indexes
        as(Role.DATA_STEWARD, null, () -> bulkLoad.load(new BulkFamilies("36.71.01.1003", 10, 2, 5), 10));
        assertThatThrownBy(() -> as(Role.DATA_STEWARD, null,
                () -> bulkLoad.load(new BulkFamilies("36.71.01.1003", 10, 2, 5), 10)))
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
        assertThat(jdbc.sql("select count(*) from household where desa_code = '36.71.01.1003'").query(Long.class).single())
                .isEqualTo(10);
    }

    @Test
    void onlyAProvinceWideStewardOrTheSystemMayLoad() {
        assertThatThrownBy(() -> as(Role.OPERATOR_KABKOTA, "36.71",
                () -> bulkLoad.load(new BulkFamilies(DESA, 1, 1, 99), 10))).isInstanceOf(AccessDeniedException.class);
        TestUsers.runAs(TestUsers.as(CurrentUser.SYSTEM),
                () -> assertThat(bulkLoad.load(new BulkFamilies("36.71.01.1004", 3, 1, 1), 10).households()).isEqualTo(3));
    }
}
