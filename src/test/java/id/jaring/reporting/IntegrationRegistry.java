package id.jaring.reporting;

import static id.jaring.program.ProgramFixtures.STEWARD;
import static id.jaring.program.ProgramFixtures.as;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;

import id.jaring.access.Role;
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

/**
 * A small registry built by hand with known answers. Every family has a member whose job is this
 * registry's own tag, and both rules ask for it, so no other test's family is ever eligible; the
 * programmes are this registry's own, so no other family is served. Rule A: floor area at most 30 m²;
 * rule B: at most 15 m²; programme C has no rule. Families (floor area, enrolments):
 * <pre>
 *   Lebak (36.02)             Kota Serang (36.73)
 *   l1  10  A B C             s1  10  A B
 *   l2  25  -                 s2  30  -
 *   l3  12  A                 s3  14  A B, then moved out (PINDAH)
 *   l4  20  A, then 60 m²
 *   l5 100  -
 * </pre>
 * So for A: Lebak eligible l1 l2 l3, served l1 l3 l4, exclusion l2, inclusion error l4; Kota Serang
 * eligible s1 s2, served s1 s3, exclusion s2, inclusion error s3. For B: Lebak eligible l1 l3, served
 * l1, exclusion l3; Kota Serang eligible s1, served s1 s3, inclusion error s3. Complementarity
 * (A, B, C): Lebak l1 {A, B, C}; Kota Serang s1 and s3 {A, B}.
 */
final class IntegrationRegistry {

    static final String LEBAK = "36.02";
    static final String KOTA_SERANG = "36.73";

    final Programme a;
    final Programme b;
    final Programme c;
    final long l1, l2, l3, l4, l5, s1, s2, s3;

    private final JdbcClient jdbc;

    /** Builds the registry with the beans of the test's context; the maker and checker get ids userIds and userIds + 1. */
    IntegrationRegistry(ApplicationContext beans, long userIds) {
        this.jdbc = beans.getBean(JdbcClient.class);
        HouseholdRegistration registration = beans.getBean(HouseholdRegistration.class);
        Programmes programmes = beans.getBean(Programmes.class);
        Quotas quotas = beans.getBean(Quotas.class);
        ProgrammeRules rules = beans.getBean(ProgrammeRules.class);
        EnrolmentProposals proposals = beans.getBean(EnrolmentProposals.class);
        String tag = "UJI LAPORAN " + UUID.randomUUID().toString().substring(0, 8);
        a = ProgramFixtures.programmeWithQuotas(programmes, quotas, LEBAK, 10, KOTA_SERANG, 10);
        b = ProgramFixtures.programmeWithQuotas(programmes, quotas, LEBAK, 10, KOTA_SERANG, 10);
        c = ProgramFixtures.programmeWithQuotas(programmes, quotas, LEBAK, 10, KOTA_SERANG, 10);
        as(STEWARD, () -> rules.save(a.code(), new SaveRule("ANY MEMBER (pekerjaan = '" + tag + "') AND luas_lantai <= 30", null)));
        as(STEWARD, () -> rules.save(b.code(), new SaveRule("ADA ANGGOTA (pekerjaan = '" + tag + "') DAN luas_lantai <= 15", null)));

        l1 = family(registration, tag, true, 10);
        l2 = family(registration, tag, true, 25);
        l3 = family(registration, tag, true, 12);
        l4 = family(registration, tag, true, 20);
        l5 = family(registration, tag, true, 100);
        s1 = family(registration, tag, false, 10);
        s2 = family(registration, tag, false, 30);
        s3 = family(registration, tag, false, 14);

        Authentication maker = ProgramFixtures.user(userIds, Role.DATA_STEWARD, null, null);
        Authentication checker = ProgramFixtures.user(userIds + 1, Role.DATA_STEWARD, null, null);
        for (Programme p : List.of(a, b, c)) {
            for (long h : enrolledIn(p)) {
                long id = as(maker, () -> proposals.propose(new Propose(p.code(), h, null, null))).id();
                as(checker, () -> proposals.approve(id));
            }
        }
        jdbc.sql("update household set luas_lantai_m2 = 60 where id = :id").param("id", l4).update();
        jdbc.sql("update household set status = 'PINDAH' where id = :id").param("id", s3).update();
    }

    private List<Long> enrolledIn(Programme p) {
        if (p == a) {
            return List.of(l1, l3, l4, s1, s3);
        }
        return p == b ? List.of(l1, s1, s3) : List.of(l1);
    }

    private long family(HouseholdRegistration registration, String tag, boolean lebak, int floorArea) {
        long h = as(STEWARD, () -> registration.register(lebak
                ? Fixtures.family(ProgramFixtures.LEBAK_KEC, ProgramFixtures.LEBAK_DESA, "KEPALA LAPORAN")
                : Fixtures.family(ProgramFixtures.SERANG_KEC, ProgramFixtures.SERANG_DESA, "KEPALA LAPORAN")).id());
        jdbc.sql("update household set luas_lantai_m2 = :m2 where id = :id").param("m2", floorArea).param("id", h).update();
        jdbc.sql("""
                update person set pekerjaan = :tag
                where id in (select person_id from household_member
                             where household_id = :id and valid_to is null and hubungan_keluarga = 'KEPALA KELUARGA')
                """).param("tag", tag).param("id", h).update();
        return h;
    }

    String noKk(long householdId) {
        return jdbc.sql("select no_kk from household where id = :id").param("id", householdId).query(String.class).single();
    }
}
