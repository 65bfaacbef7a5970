package id.jaring.enrollment;

import static id.jaring.enrollment.EnrolmentFixtures.*;
import static id.jaring.program.ProgramFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

import id.jaring.access.Role;
import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditEntry;
import id.jaring.audit.AuditTrail;
import id.jaring.audit.EntityRef;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.program.Programme;
import id.jaring.program.ProgrammeData;
import id.jaring.program.ProgrammeStatus;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import id.jaring.registry.HouseholdRegistration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
class EnrolmentProposalTests {

    static final Authentication MAKER = user(8001, Role.OPERATOR_KABKOTA, null, "36.02");
    static final Authentication CHECKER = user(8002, Role.OPERATOR_KABKOTA, null, "36.02");
    static final Authentication SERANG = user(8003, Role.OPERATOR_KABKOTA, null, "36.73");
    static final Authentication DINKES_OPD = user(8004, Role.OPERATOR_OPD, "DINKES", null);
    static final Authentication DINSOS_OPD = user(8005, Role.OPERATOR_OPD, "DINSOS", null);

    @Autowired EnrolmentProposals proposals;
    @Autowired Enrolments enrolments;
    @Autowired Programmes programmes;
    @Autowired Quotas quotas;
    @Autowired HouseholdRegistration registration;
    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;
    @Autowired java.time.Clock clock;

    Programme programme(int lebakQuota) {
        return programmeWithQuotas(programmes, quotas, "36.02", lebakQuota, "36.73", 5);
    }

    Enrolment propose(Authentication who, Programme p, long household) {
        return as(who, () -> proposals.propose(new Propose(p.code(), household, null, "hasil musdes")));
    }

    static String refusal(Runnable action) {
        try {
            action.run();
        } catch (ValidationFailedException e) {
            return e.violations().stream().map(Violation::code).reduce((a, b) -> a + "," + b).orElseThrow();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void aSecondUserApprovesAndTheFamilyBecomesAKpmWithItsEvidence() {
        Programme p = programme(3);
        long h = lebakFamily(registration);
        Enrolment proposed = propose(MAKER, p, h);
        assertThat(proposed.status()).isEqualTo(EnrolmentStatus.DIUSULKAN);
        assertThat(proposed.kabKotaCode()).isEqualTo("36.02");
        assertThat(as(CHECKER, () -> enrolments.page(p.code(), "36.02", EnrolmentStatus.DIUSULKAN, null, 10)).items())
                .extracting(Enrolment::id).containsExactly(proposed.id());

        Enrolment kpm = as(CHECKER, () -> proposals.approve(proposed.id()));
        LocalDate today = LocalDate.now(clock);
        assertThat(kpm.status()).isEqualTo(EnrolmentStatus.AKTIF);
        assertThat(kpm.startDate()).isEqualTo(today);
        assertThat(kpm.plannedEndDate()).isEqualTo(today.plusMonths(60).minusDays(1));
        assertThat(kpm.proposedBy()).isEqualTo("user8001");
        assertThat(kpm.decidedBy()).isEqualTo("user8002");
        assertThat(as(MAKER, () -> quotas.of(p, "36.02")).enrolled()).isEqualTo(1);
        assertThat(as(MAKER, () -> enrolments.activeOf(h))).extracting(Enrolment::programmeCode).containsExactly(p.code());

        Map<String, Object> stored = jdbc.sql("select evidence::text as evidence, eligibility_result from enrolment where id = :id")
                .param("id", kpm.id()).query().singleRow();
        JsonNode evidence = JsonMapper.builder().build().readTree((String) stored.get("evidence"));
        assertThat(evidence.get("status").asString()).isEqualTo("AKTIF");
        assertThat(evidence.get("anggotaHidup").asInt()).isEqualTo(3);
        assertThat(evidence.get("anggota")).hasSize(3);
        assertThat(evidence.get("anggota").get(0).get("hubungan").asString()).isEqualTo("KEPALA_KELUARGA");
        assertThat(evidence.toString()).doesNotContain("KEPALA UJI");   // no names in the evidence
        // the test programme has no eligibility rule: the stored result records that fact
        assertThat(JsonMapper.builder().build().readTree(String.valueOf(stored.get("eligibility_result")))
                .get("result").asString()).isEqualTo("NO_RULE");

        List<AuditEntry> trailOf = trail.history(EntityRef.of("ENROLMENT", kpm.id()));
        assertThat(trailOf).extracting(AuditEntry::action).containsExactly(AuditAction.CREATE, AuditAction.UPDATE);
        assertThat(trailOf.get(1).after()).containsEntry("status", "AKTIF").containsEntry("decidedBy", "user8002");
    }

    @Test
    void theProposerCannotApproveOrRejectTheirOwnProposal() {
        Programme p = programme(3);
        Enrolment proposed = propose(MAKER, p, lebakFamily(registration));
        assertThat(refusal(() -> as(MAKER, () -> proposals.approve(proposed.id())))).isEqualTo("MAKER_CHECKER");
        assertThat(refusal(() -> as(MAKER, () -> proposals.reject(proposed.id(), "salah")))).isEqualTo("MAKER_CHECKER");
        assertThat(as(CHECKER, () -> enrolments.get(proposed.id())).status()).isEqualTo(EnrolmentStatus.DIUSULKAN);
        assertThat(trail.history(EntityRef.of("ENROLMENT_REFUSAL", "enrolment:" + proposed.id())))
                .hasSize(2).allSatisfy(e -> assertThat(e.after()).containsEntry("code", "MAKER_CHECKER"));
    }

    @Test
    void aFamilyIsProposedOrEnrolledOnlyOncePerProgramme() {
        Programme p = programme(3);
        long h = lebakFamily(registration);
        Enrolment first = propose(MAKER, p, h);
        assertThat(refusal(() -> propose(CHECKER, p, h))).isEqualTo("ENROLMENT_DUPLICATE");
        as(CHECKER, () -> proposals.approve(first.id()));
        assertThat(refusal(() -> propose(CHECKER, p, h))).isEqualTo("ENROLMENT_DUPLICATE");
        assertThat(trail.history(EntityRef.of("ENROLMENT_REFUSAL", p.code() + ":" + h))).hasSize(2)
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo("user8002"));
        // another programme is another matter
        Programme other = programme(1);
        assertThat(propose(MAKER, other, h).status()).isEqualTo(EnrolmentStatus.DIUSULKAN);
        assertThat(as(MAKER, () -> enrolments.activeOf(h))).extracting(Enrolment::programmeCode).containsExactly(p.code());
        assertThat(as(MAKER, () -> enrolments.openOf(h))).extracting(Enrolment::programmeCode)
                .containsExactlyInAnyOrder(p.code(), other.code());
        assertThat(as(DINKES_OPD, () -> enrolments.openOf(h))).isEmpty();   // another agency's programmes
    }

    @Test
    void aRejectedProposalNeedsAReasonAndMayBeProposedAgain() {
        Programme p = programme(3);
        long h = lebakFamily(registration);
        Enrolment proposed = propose(MAKER, p, h);
        assertThat(refusal(() -> as(CHECKER, () -> proposals.reject(proposed.id(), "  ")))).isEqualTo("REJECTION_REASON_REQUIRED");
        Enrolment rejected = as(CHECKER, () -> proposals.reject(proposed.id(), "tidak hadir musdes"));
        assertThat(rejected.status()).isEqualTo(EnrolmentStatus.DITOLAK);
        assertThat(rejected.decisionReason()).isEqualTo("tidak hadir musdes");
        Authentication third = user(8008, Role.OPERATOR_KABKOTA, null, "36.02");
        assertThat(refusal(() -> as(third, () -> proposals.approve(proposed.id())))).isEqualTo("ENROLMENT_NOT_PENDING");
        assertThat(propose(MAKER, p, h).status()).isEqualTo(EnrolmentStatus.DIUSULKAN);
    }

    @Test
    void duplicateMovedAndDeadFamiliesAreRefusedEachWithItsCode() {
        Programme p = programme(3);
        long duplicate = lebakFamily(registration);
        setStatus(jdbc, duplicate, "DUPLIKAT");
        assertThat(refusal(() -> propose(MAKER, p, duplicate))).isEqualTo("ENROLMENT_HOUSEHOLD_DUPLICATE");

        long moved = lebakFamily(registration);
        setStatus(jdbc, moved, "PINDAH");
        assertThat(refusal(() -> propose(MAKER, p, moved))).isEqualTo("ENROLMENT_HOUSEHOLD_NOT_ACTIVE");

        long dead = lebakFamily(registration);
        allMembersDied(jdbc, dead);
        assertThat(refusal(() -> propose(MAKER, p, dead))).isEqualTo("ENROLMENT_NO_LIVING_MEMBER");

        // the family became a duplicate between proposal and approval: the approval checks again
        long later = lebakFamily(registration);
        Enrolment proposed = propose(MAKER, p, later);
        setStatus(jdbc, later, "DUPLIKAT");
        assertThat(refusal(() -> as(CHECKER, () -> proposals.approve(proposed.id())))).isEqualTo("ENROLMENT_HOUSEHOLD_DUPLICATE");
        assertThat(as(CHECKER, () -> quotas.of(p, "36.02")).enrolled()).isZero();
    }

    @Test
    void quotaIsCheckedAtProposalAndBindsAtApproval() {
        Programme none = programme(0);
        assertThat(refusal(() -> propose(MAKER, none, lebakFamily(registration)))).isEqualTo("QUOTA_EXHAUSTED");

        Programme one = programme(1);
        Enrolment a = propose(MAKER, one, lebakFamily(registration));
        Enrolment b = propose(MAKER, one, lebakFamily(registration));
        as(CHECKER, () -> proposals.approve(a.id()));
        assertThat(refusal(() -> as(CHECKER, () -> proposals.approve(b.id())))).isEqualTo("QUOTA_EXHAUSTED");
        assertThat(as(CHECKER, () -> enrolments.get(b.id())).status()).isEqualTo(EnrolmentStatus.DIUSULKAN);
        assertThat(jdbc.sql("select count(*) from enrolment where programme_id = :p and status = 'AKTIF'")
                .param("p", one.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aProgrammeThatIsNotRunningEnrolsNobody() {
        Programme draft = as(STEWARD, () -> {
            ProgrammeData d = running(uniqueCode("D"));
            Programme created = programmes.create(new ProgrammeData(d.code(), d.name(), d.ownerAgency(), d.periodStart(),
                    d.periodEnd(), d.maxDurationMonths(), d.componentCap(), ProgrammeStatus.DRAFT, null, null));
            quotas.set(created.code(), "36.02", 5);
            return created;
        });
        assertThat(refusal(() -> propose(MAKER, draft, lebakFamily(registration)))).isEqualTo("PROGRAMME_NOT_ACTIVE");

        Programme ended = as(STEWARD, () -> {
            ProgrammeData d = running(uniqueCode("E"));
            Programme created = programmes.create(new ProgrammeData(d.code(), d.name(), d.ownerAgency(),
                    LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31), 60, 4, ProgrammeStatus.AKTIF, null, null));
            quotas.set(created.code(), "36.02", 5);
            return created;
        });
        assertThat(refusal(() -> propose(MAKER, ended, lebakFamily(registration)))).isEqualTo("PROGRAMME_NOT_ACTIVE");
    }

    @Test
    void operatorsReachOnlyTheirRegionAndTheirAgencysProgrammes() {
        Programme p = programme(3);   // owned by DINSOS
        long lebak = lebakFamily(registration);
        long serang = serangFamily(registration);

        assertThatThrownBy(() -> propose(SERANG, p, lebak)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> propose(DINKES_OPD, p, lebak)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> propose(user(8006, Role.PIMPINAN, null, null), p, lebak))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> propose(user(8007, Role.PENDAMPING, null, "36.02"), p, lebak))
                .isInstanceOf(AccessDeniedException.class);

        Enrolment e = propose(DINSOS_OPD, p, serang);
        assertThatThrownBy(() -> as(MAKER, () -> proposals.approve(e.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(DINKES_OPD, () -> proposals.approve(e.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(MAKER, () -> enrolments.page(p.code(), "36.73", EnrolmentStatus.DIUSULKAN, null, 10)))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(SERANG, () -> proposals.approve(e.id())).status()).isEqualTo(EnrolmentStatus.AKTIF);
    }

    @Test
    void proposesByNoKkAndPagesTheKpmListByKeyset() {
        Programme p = programme(5);
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long h = lebakFamily(registration);
            String noKk = jdbc.sql("select no_kk from household where id = :id").param("id", h).query(String.class).single();
            Enrolment e = as(MAKER, () -> proposals.propose(new Propose(p.code(), null, noKk, null)));
            assertThat(e.householdId()).isEqualTo(h);
            ids.add(as(CHECKER, () -> proposals.approve(e.id())).id());
        }
        EnrolmentPage first = as(MAKER, () -> enrolments.page(p.code(), "36.02", EnrolmentStatus.AKTIF, null, 2));
        assertThat(first.items()).extracting(Enrolment::id).containsExactly(ids.get(0), ids.get(1));
        EnrolmentPage second = as(MAKER, () -> enrolments.page(p.code(), "36.02", EnrolmentStatus.AKTIF, first.nextAfter(), 2));
        assertThat(second.items()).extracting(Enrolment::id).containsExactly(ids.get(2));
        assertThat(second.last()).isTrue();
    }
}
