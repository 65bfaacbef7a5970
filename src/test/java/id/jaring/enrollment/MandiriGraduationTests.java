package id.jaring.enrollment;

import static id.jaring.enrollment.ExitFixtures.*;
import static id.jaring.program.ProgramFixtures.as;
import static id.jaring.program.ProgramFixtures.programmeWithQuotas;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditEntry;
import id.jaring.audit.AuditTrail;
import id.jaring.audit.EntityRef;
import id.jaring.platform.NotFoundException;
import id.jaring.program.Programme;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import id.jaring.registry.HouseholdRegistration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The MANDIRI graduation: proposed by the pendamping, verified (verivali), approved by the programme owner. */
@SpringBootTest
class MandiriGraduationTests {

    @Autowired EnrolmentProposals proposals;
    @Autowired EnrolmentExits exits;
    @Autowired Exits reads;
    @Autowired Enrolments enrolments;
    @Autowired Programmes programmes;
    @Autowired Quotas quotas;
    @Autowired HouseholdRegistration registration;
    @Autowired AuditTrail trail;
    @Autowired Clock clock;
    final JsonMapper json = JsonMapper.builder().build();

    Enrolment kpm() {
        Programme p = programmeWithQuotas(programmes, quotas, "36.02", 3);
        return ExitFixtures.kpm(proposals, p.code(), family(registration));
    }

    @Test
    void thePendampingProposesTheOperatorVerifiesAndTheOwnerApproves() {
        Enrolment kpm = kpm();
        assertThat(kpm.slotNo()).isEqualTo(1);
        EnrolmentExit proposed = as(PENDAMPING, () -> exits.propose(kpm.id(),
                new ProposeExit(ExitKind.MANDIRI, "penghasilan per kapita di atas garis kemiskinan", false)));
        assertThat(proposed.status()).isEqualTo(ExitStatus.DIUSULKAN);
        assertThat(proposed.source()).isEqualTo(ExitSource.PENGGUNA);
        assertThat(proposed.proposedBy()).isEqualTo("user8803");
        assertThat(proposed.registryConfirms()).isNull();   // the registry cannot know self-sufficiency
        JsonNode evidence = json.readTree(proposed.evidence());
        assertThat(evidence.get("anggotaHidup").asInt()).isEqualTo(3);
        assertThat(evidence.get("registri").get("statusKeluarga").asString()).isEqualTo("AKTIF");
        assertThat(proposed.evidence()).doesNotContain("KEPALA LULUS");   // no names
        assertThat(proposed.eligibilityResult()).contains("NO_RULE");
        // the readiness the proposal rests on, on the same snapshot: the active version's score, label, indicators
        JsonNode assessment = json.readTree(proposed.assessment());
        assertThat(assessment.get("householdId").asLong()).isEqualTo(kpm.householdId());
        assertThat(assessment.get("label").asString()).isIn("SIAP", "BELUM_SIAP");
        assertThat(assessment.get("setVersion").asInt()).isPositive();
        assertThat(assessment.get("indicators").size()).isPositive();

        // only the verifier's step comes next
        assertThatThrownBy(() -> as(PENDAMPING, () -> exits.verify(proposed.id(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(VERIFIER, () -> exits.approve(proposed.id())))
                .isInstanceOf(AccessDeniedException.class);   // a kab/kota operator is not the programme owner
        assertThat(refusal(() -> as(OWNER, () -> exits.approve(proposed.id())))).isEqualTo("EXIT_NOT_VERIFIED");
        assertThat(as(OWNER, () -> reads.actions(proposed))).isEqualTo(new ExitActions(false, false, true));
        assertThat(as(VERIFIER, () -> reads.actions(proposed))).isEqualTo(new ExitActions(true, false, true));

        EnrolmentExit verified = as(VERIFIER, () -> exits.verify(proposed.id(), "dikunjungi, usaha warung berjalan"));
        assertThat(verified.status()).isEqualTo(ExitStatus.DIVERIFIKASI);
        assertThat(verified.verifiedBy()).isEqualTo("user8804");
        assertThat(verified.verificationNote()).isEqualTo("dikunjungi, usaha warung berjalan");
        assertThat(refusal(() -> as(STEWARD, () -> exits.verify(proposed.id(), null)))).isEqualTo("EXIT_NOT_PENDING");
        assertThat(as(OWNER, () -> reads.actions(verified))).isEqualTo(new ExitActions(false, true, true));

        EnrolmentExit approved = as(OWNER, () -> exits.approve(proposed.id()));
        LocalDate today = LocalDate.now(clock);
        assertThat(approved.status()).isEqualTo(ExitStatus.DISETUJUI);
        assertThat(approved.decidedBy()).isEqualTo("user8805");
        assertThat(approved.exitDate()).isEqualTo(today);
        assertThat(json.readTree(approved.decisionEvidence()).get("anggotaHidup").asInt()).isEqualTo(3);

        Enrolment ended = as(OWNER, () -> enrolments.get(kpm.id()));
        assertThat(ended.status()).isEqualTo(EnrolmentStatus.SELESAI);
        assertThat(ended.endDate()).isEqualTo(today);
        assertThat(ended.exitKind()).isEqualTo(ExitKind.MANDIRI);
        assertThat(ended.slotNo()).isEqualTo(1);   // kept for the ledger
        Programme p = as(OWNER, () -> programmes.find(kpm.programmeId()).orElseThrow());
        assertThat(as(OWNER, () -> quotas.of(p, "36.02")).enrolled()).isZero();

        assertThat(refusal(() -> as(STEWARD, () -> exits.approve(proposed.id())))).isEqualTo("EXIT_NOT_PENDING");
        assertThat(refusal(() -> as(PENDAMPING, () -> exits.propose(kpm.id(),
                new ProposeExit(ExitKind.MANDIRI, "lagi", false))))).isEqualTo("EXIT_ENROLMENT_NOT_ACTIVE");

        List<AuditEntry> history = trail.history(EntityRef.of("ENROLMENT_EXIT", proposed.id()));
        assertThat(history).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.UPDATE);
        assertThat(history).extracting(e -> e.after().get("status"))
                .containsExactly("DIUSULKAN", "DIVERIFIKASI", "DISETUJUI");
        assertThat(trail.history(EntityRef.of("ENROLMENT", kpm.id()))).last()
                .satisfies(e -> assertThat(e.after()).containsEntry("status", "SELESAI").containsEntry("exitKind", "MANDIRI"));
        assertThat(trail.history(EntityRef.of("ENROLMENT_REFUSAL", "enrolment:" + kpm.id())))
                .extracting(e -> e.after().get("code"))
                .contains("EXIT_NOT_VERIFIED", "EXIT_NOT_PENDING", "EXIT_ENROLMENT_NOT_ACTIVE");
    }

    @Test
    void theProposerOfAFamilysDeclarationTakesNoFurtherStep() {
        Enrolment kpm = kpm();
        EnrolmentExit declared = as(STEWARD, () -> exits.propose(kpm.id(),
                new ProposeExit(ExitKind.MANDIRI, "keluarga menyatakan sudah mampu", true)));
        assertThat(declared.source()).isEqualTo(ExitSource.PERNYATAAN_KELUARGA);
        assertThat(as(STEWARD, () -> reads.actions(declared)).any()).isFalse();
        assertThat(refusal(() -> as(STEWARD, () -> exits.verify(declared.id(), null)))).isEqualTo("EXIT_MAKER_CHECKER");
        assertThat(refusal(() -> as(STEWARD, () -> exits.reject(declared.id(), "batal")))).isEqualTo("EXIT_MAKER_CHECKER");
        as(VERIFIER, () -> exits.verify(declared.id(), null));
        assertThat(refusal(() -> as(STEWARD, () -> exits.approve(declared.id())))).isEqualTo("EXIT_MAKER_CHECKER");
        assertThat(as(OWNER, () -> exits.approve(declared.id())).status()).isEqualTo(ExitStatus.DISETUJUI);
        assertThat(trail.history(EntityRef.of("ENROLMENT_REFUSAL", "enrolment:" + kpm.id())))
                .filteredOn(e -> "EXIT_MAKER_CHECKER".equals(e.after().get("code"))).hasSize(3);
    }

    @Test
    void aMandiriOnAssessmentComesFromThePendampingAndEachRefusalHasItsCode() {
        Enrolment kpm = kpm();
        assertThat(refusal(() -> as(VERIFIER, () -> exits.propose(kpm.id(),
                new ProposeExit(ExitKind.MANDIRI, "dinilai mampu", false))))).isEqualTo("EXIT_MANDIRI_PENDAMPING_ONLY");
        assertThat(refusal(() -> as(PENDAMPING, () -> exits.propose(kpm.id(),
                new ProposeExit(ExitKind.DUPLIKAT, "ganda", true))))).isEqualTo("EXIT_DECLARATION_NOT_ALLOWED");
        assertThat(refusal(() -> as(PENDAMPING, () -> exits.propose(kpm.id(),
                new ProposeExit(ExitKind.BATAS_WAKTU, "lima tahun", false))))).isEqualTo("EXIT_KIND_AUTOMATIC");
        assertThat(refusal(() -> as(PENDAMPING, () -> exits.propose(kpm.id(),
                new ProposeExit(ExitKind.MANDIRI, "  ", false))))).isEqualTo("EXIT_REASON_REQUIRED");
        assertThat(refusal(() -> as(PENDAMPING, () -> exits.propose(kpm.id(),
                new ProposeExit(null, "x", false))))).isEqualTo("EXIT_KIND_REQUIRED");

        EnrolmentExit first = as(PENDAMPING, () -> exits.propose(kpm.id(), new ProposeExit(ExitKind.MANDIRI, "mampu", false)));
        assertThat(refusal(() -> as(VERIFIER, () -> exits.propose(kpm.id(),
                new ProposeExit(ExitKind.MENINGGAL, "kepala meninggal", false))))).isEqualTo("EXIT_ALREADY_OPEN");
        // verivali finds it untrue: the verifier rejects, the family stays a KPM and may be proposed again
        assertThat(refusal(() -> as(VERIFIER, () -> exits.reject(first.id(), " ")))).isEqualTo("REJECTION_REASON_REQUIRED");
        EnrolmentExit rejected = as(VERIFIER, () -> exits.reject(first.id(), "penghasilan belum tetap"));
        assertThat(rejected.status()).isEqualTo(ExitStatus.DITOLAK);
        assertThat(rejected.decisionReason()).isEqualTo("penghasilan belum tetap");
        assertThat(as(VERIFIER, () -> enrolments.get(kpm.id())).status()).isEqualTo(EnrolmentStatus.AKTIF);
        EnrolmentExit second = as(PENDAMPING, () -> exits.propose(kpm.id(), new ProposeExit(ExitKind.MANDIRI, "mampu", false)));
        as(VERIFIER, () -> exits.verify(second.id(), null));
        // once verified, only the programme owner decides
        assertThatThrownBy(() -> as(VERIFIER, () -> exits.reject(second.id(), "tidak jadi")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(VERIFIER, () -> reads.ofEnrolment(kpm.id()))).extracting(EnrolmentExit::status)
                .containsExactly(ExitStatus.DITOLAK, ExitStatus.DIVERIFIKASI);
    }

    @Test
    void exitsAreReachedOnlyWithinTheRegionAndTheOwnerAgency() {
        Enrolment kpm = kpm();
        assertThatThrownBy(() -> as(SERANG_PENDAMPING, () -> exits.propose(kpm.id(),
                new ProposeExit(ExitKind.MANDIRI, "mampu", false)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(OTHER_AGENCY, () -> exits.propose(kpm.id(),
                new ProposeExit(ExitKind.MENINGGAL, "meninggal", false)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(id.jaring.program.ProgramFixtures.user(8809, id.jaring.access.Role.PIMPINAN, null, null),
                () -> exits.propose(kpm.id(), new ProposeExit(ExitKind.MENINGGAL, "meninggal", false))))
                .isInstanceOf(AccessDeniedException.class);
        EnrolmentExit x = as(PENDAMPING, () -> exits.propose(kpm.id(), new ProposeExit(ExitKind.MANDIRI, "mampu", false)));
        as(VERIFIER, () -> exits.verify(x.id(), null));
        assertThatThrownBy(() -> as(SERANG_PENDAMPING, () -> reads.get(x.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(OTHER_AGENCY, () -> exits.approve(x.id()))).isInstanceOf(NotFoundException.class);
        assertThat(as(PENDAMPING, () -> reads.open(x.programmeCode(), "36.02", null, 10)).items())
                .extracting(EnrolmentExit::id).containsExactly(x.id());
        assertThatThrownBy(() -> as(SERANG_PENDAMPING, () -> reads.open(x.programmeCode(), "36.02", null, 10)))
                .isInstanceOf(NotFoundException.class);
    }
}
