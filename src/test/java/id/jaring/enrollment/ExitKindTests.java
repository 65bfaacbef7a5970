package id.jaring.enrollment;

import static id.jaring.enrollment.ExitFixtures.*;
import static id.jaring.program.ProgramFixtures.as;
import static id.jaring.program.ProgramFixtures.programmeWithQuotas;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import id.jaring.program.Programme;
import id.jaring.program.ProgrammeRules;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import id.jaring.program.SaveRule;
import id.jaring.registry.HouseholdRegistration;

/** The exits other than MANDIRI: proposed with a reason, decided by the programme owner; what the registry confirms. */
@SpringBootTest
class ExitKindTests {

    static final Set<ExitKind> PEOPLES_EXITS = EnumSet.of(ExitKind.MENINGGAL, ExitKind.PINDAH_KELUAR, ExitKind.DUPLIKAT,
            ExitKind.TIDAK_LAYAK, ExitKind.TIDAK_PATUH, ExitKind.MENGUNDURKAN_DIRI);

    @Autowired EnrolmentProposals proposals;
    @Autowired EnrolmentExits exits;
    @Autowired Enrolments enrolments;
    @Autowired Programmes programmes;
    @Autowired ProgrammeRules rules;
    @Autowired Quotas quotas;
    @Autowired HouseholdRegistration registration;
    @Autowired JdbcClient jdbc;

    @Test
    void everyExitIsProposedWithAReasonAndDecidedByTheProgrammeOwnerWithoutVerification() {
        Programme p = programmeWithQuotas(programmes, quotas, "36.02", PEOPLES_EXITS.size());
        for (ExitKind kind : PEOPLES_EXITS) {
            Enrolment kpm = kpm(proposals, p.code(), family(registration));
            // the pendamping, a kab/kota operator or the data steward propose
            var proposer = kind.ordinal() % 3 == 0 ? PENDAMPING : kind.ordinal() % 3 == 1 ? VERIFIER : STEWARD;
            EnrolmentExit proposed = as(proposer, () -> exits.propose(kpm.id(), new ProposeExit(kind, "alasan " + kind, false)));
            assertThat(proposed.assessment()).as("only a MANDIRI graduation rests on the readiness").isNull();
            assertThat(refusal(() -> as(VERIFIER, () -> exits.verify(proposed.id(), null)))).isEqualTo("EXIT_NOT_VERIFIABLE");
            assertThatThrownBy(() -> as(VERIFIER, () -> exits.approve(proposed.id())))
                    .isInstanceOf(AccessDeniedException.class);   // the kab/kota operator is not the owner
            if (proposer == STEWARD) {
                assertThat(refusal(() -> as(STEWARD, () -> exits.approve(proposed.id()))))
                        .as("the proposer may not decide").isEqualTo("EXIT_MAKER_CHECKER");
            }
            EnrolmentExit approved = as(proposer == STEWARD ? OWNER : STEWARD, () -> exits.approve(proposed.id()));
            assertThat(approved.status()).isEqualTo(ExitStatus.DISETUJUI);
            Enrolment ended = as(OWNER, () -> enrolments.get(kpm.id()));
            assertThat(ended.status()).isEqualTo(EnrolmentStatus.SELESAI);
            assertThat(ended.exitKind()).isEqualTo(kind);
        }
        assertThat(as(OWNER, () -> quotas.of(p, "36.02")).enrolled()).isZero();
    }

    @Test
    void aWithdrawalMayRestOnTheFamilysDeclarationAndOnlyTheOwnerDecides() {
        Programme p = programmeWithQuotas(programmes, quotas, "36.02", 2);
        Enrolment kpm = kpm(proposals, p.code(), family(registration));
        EnrolmentExit declared = as(PENDAMPING, () -> exits.propose(kpm.id(),
                new ProposeExit(ExitKind.MENGUNDURKAN_DIRI, "keluarga mengundurkan diri", true)));
        assertThat(declared.source()).isEqualTo(ExitSource.PERNYATAAN_KELUARGA);
        assertThat(declared.registryConfirms()).isNull();
        assertThatThrownBy(() -> as(VERIFIER, () -> exits.reject(declared.id(), "tidak")))
                .isInstanceOf(AccessDeniedException.class);   // only MANDIRI waits for the verifier
        assertThat(as(OWNER, () -> exits.reject(declared.id(), "surat pernyataan belum ada")).status())
                .isEqualTo(ExitStatus.DITOLAK);
    }

    @Test
    void theRegistrySaysWhatItKnowsAboutDeathMovesDuplicatesAndEligibility() {
        Programme p = programmeWithQuotas(programmes, quotas, "36.02", 10);
        as(STEWARD, () -> rules.save(p.code(), new SaveRule("desa = '" + DESA + "'", null)));

        assertThat(confirms(p, ExitKind.MENINGGAL, h -> jdbc.sql("""
                update person set tanggal_meninggal = current_date
                where id = (select person_id from household_member where household_id = :h and valid_to is null
                            and hubungan_keluarga = 'KEPALA KELUARGA')
                """).param("h", h).update())).isTrue();
        assertThat(confirms(p, ExitKind.MENINGGAL, h -> { })).isFalse();
        assertThat(confirms(p, ExitKind.PINDAH_KELUAR, h -> EnrolmentFixtures.setStatus(jdbc, h, "PINDAH"))).isTrue();
        assertThat(confirms(p, ExitKind.PINDAH_KELUAR, h -> { })).isFalse();
        assertThat(confirms(p, ExitKind.DUPLIKAT, h -> EnrolmentFixtures.setStatus(jdbc, h, "DUPLIKAT"))).isTrue();
        assertThat(confirms(p, ExitKind.DUPLIKAT, h -> { })).isFalse();
        assertThat(confirms(p, ExitKind.TIDAK_LAYAK, h -> { })).isFalse();   // the rule still selects it
        assertThat(confirms(p, ExitKind.TIDAK_PATUH, h -> { })).isNull();    // the registry cannot know
        // the rule in force no longer selects the family
        assertThat(confirms(p, ExitKind.TIDAK_LAYAK,
                h -> as(STEWARD, () -> rules.save(p.code(), new SaveRule("desa = '36.02.17.2002'", "desa lain"))))).isTrue();
    }

    /** Enrols a family, lets the registry learn something about it, and proposes the exit. */
    private Boolean confirms(Programme p, ExitKind kind, java.util.function.LongConsumer registryLearns) {
        long h = family(registration);
        Enrolment kpm = kpm(proposals, p.code(), h);
        registryLearns.accept(h);
        EnrolmentExit proposed = as(VERIFIER, () -> exits.propose(kpm.id(), new ProposeExit(kind, "diperiksa", false)));
        assertThat(proposed.eligibilityResult()).contains("ruleVersion");
        return proposed.registryConfirms();
    }
}
