package id.jaring.enrollment;

import static id.jaring.program.ProgramFixtures.as;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.jaring.program.ProgramFixtures;
import id.jaring.registry.Fixtures;
import id.jaring.registry.HouseholdRegistration;

/** Families registered through the registry's API, as the data steward. */
final class EnrolmentFixtures {

    private EnrolmentFixtures() {
    }

    /** A family of three in Lebak (36.02). */
    static long lebakFamily(HouseholdRegistration registration) {
        return as(ProgramFixtures.STEWARD, () -> registration.register(
                Fixtures.family(ProgramFixtures.LEBAK_KEC, ProgramFixtures.LEBAK_DESA, "KEPALA UJI")).id());
    }

    /** A family of three in Kota Serang (36.73). */
    static long serangFamily(HouseholdRegistration registration) {
        return as(ProgramFixtures.STEWARD, () -> registration.register(
                Fixtures.family(ProgramFixtures.SERANG_KEC, ProgramFixtures.SERANG_DESA, "KEPALA UJI")).id());
    }

    static void setStatus(JdbcClient jdbc, long householdId, String status) {
        jdbc.sql("update household set status = :s where id = :id").param("s", status).param("id", householdId).update();
    }

    /** Records every current member's death without ending the memberships (as an agency file may). */
    static void allMembersDied(JdbcClient jdbc, long householdId) {
        jdbc.sql("""
                update person set tanggal_meninggal = date '2026-01-02'
                where id in (select person_id from household_member where household_id = :id and valid_to is null)
                """).param("id", householdId).update();
    }
}
