package id.jaring.enrollment;

import static id.jaring.program.ProgramFixtures.as;
import static id.jaring.program.ProgramFixtures.user;

import java.math.BigDecimal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;

import id.jaring.access.Role;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.program.ProgramFixtures;
import id.jaring.registry.Fixtures;
import id.jaring.registry.HouseholdRegistration;

/**
 * Users and families for the graduation and exit tests. Families live in Cikulur (Lebak,
 * kecamatan 36.02.17), whose desa no other test uses; tests that need a waiting list of their own
 * take a desa each.
 */
final class ExitFixtures {

    static final String KEC = "360217";
    static final String KEC_REGION = "36.02.17";
    static final String DESA = "36.02.17.2001";

    /** Enrol: proposer and checker of enrolments in Lebak. */
    static final Authentication MAKER = user(8801, Role.OPERATOR_KABKOTA, null, "36.02");
    static final Authentication CHECKER = user(8802, Role.OPERATOR_KABKOTA, null, "36.02");
    /** The pendamping of the families' kecamatan. */
    static final Authentication PENDAMPING = user(8803, Role.PENDAMPING, null, KEC_REGION);
    /** Verivali: the Lebak operator. */
    static final Authentication VERIFIER = user(8804, Role.OPERATOR_KABKOTA, null, "36.02");
    /** The programme owner: DINSOS's operator (test programmes belong to DINSOS). */
    static final Authentication OWNER = user(8805, Role.OPERATOR_OPD, "DINSOS", null);
    static final Authentication STEWARD = user(8806, Role.DATA_STEWARD, null, null);
    static final Authentication OTHER_AGENCY = user(8807, Role.OPERATOR_OPD, "DINKES", null);
    static final Authentication SERANG_PENDAMPING = user(8808, Role.PENDAMPING, null, "36.73");

    private ExitFixtures() {
    }

    static long family(HouseholdRegistration registration, String desa) {
        return as(ProgramFixtures.STEWARD, () -> registration.register(
                Fixtures.family(desa.substring(0, 8).replace(".", ""), desa, "KEPALA LULUS")).id());
    }

    static long family(HouseholdRegistration registration) {
        return family(registration, DESA);
    }

    static void rank(JdbcClient jdbc, long householdId, int desil, String score) {
        jdbc.sql("""
                insert into household_rank (household_id, kabkota_code, score, desil, weights_version, computed_at)
                values (:h, '36.02', :score, :desil, 1, now())
                """).param("h", householdId).param("score", new BigDecimal(score)).param("desil", desil).update();
    }

    /** The family proposed by MAKER and approved by CHECKER: a KPM from today. */
    static Enrolment kpm(EnrolmentProposals proposals, String programmeCode, long householdId) {
        Enrolment proposed = as(MAKER, () -> proposals.propose(new Propose(programmeCode, householdId, null, null)));
        return as(CHECKER, () -> proposals.approve(proposed.id()));
    }

    static String refusal(Runnable action) {
        try {
            action.run();
        } catch (ValidationFailedException e) {
            return String.join(",", e.violations().stream().map(Violation::code).toList());
        }
        throw new AssertionError("expected a refusal");
    }
}
