package id.jaring.enrollment;

import static id.jaring.enrollment.ExitFixtures.*;
import static id.jaring.program.ProgramFixtures.as;
import static id.jaring.program.ProgramFixtures.programmeWithQuotas;
import static id.jaring.program.ProgramFixtures.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.jaring.audit.AuditTrail;
import id.jaring.audit.EntityRef;
import id.jaring.program.AutomaticExits;
import id.jaring.program.Programme;
import id.jaring.program.ProgrammeData;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import id.jaring.registry.HouseholdRegistration;

/** The daily job's entry: proposals or decisions per the programme's setting, idempotent. */
@SpringBootTest
class AutomaticExitTests {

    @Autowired EnrolmentProposals proposals;
    @Autowired EnrolmentExits exits;
    @Autowired Exits reads;
    @Autowired Enrolments enrolments;
    @Autowired Programmes programmes;
    @Autowired Quotas quotas;
    @Autowired HouseholdRegistration registration;
    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    Programme programme(AutomaticExits setting) {
        return as(STEWARD, () -> {
            ProgrammeData d = id.jaring.program.ProgramFixtures.running(uniqueCode("AUTO"));
            Programme p = programmes.create(new ProgrammeData(d.code(), d.name(), d.ownerAgency(), d.periodStart(),
                    d.periodEnd(), d.maxDurationMonths(), d.componentCap(), d.status(), d.reentryWaitMonths(), setting));
            quotas.set(p.code(), "36.02", 3);
            return p;
        });
    }

    int exitCount(long enrolmentId) {
        return jdbc.sql("select count(*) from enrolment_exit where enrolment_id = :e").param("e", enrolmentId)
                .query(Integer.class).single();
    }

    @Test
    void underUsulanTheJobProposesOnceAndTheOwnerDecides() {
        Programme p = programme(AutomaticExits.USULAN);
        Enrolment kpm = kpm(proposals, p.code(), family(registration));
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> evidence = Map.of("plannedEndDate", today.toString(), "rule", "BATAS_WAKTU v1");

        AutomaticExit first = exits.proposeAutomatic(kpm.id(), ExitKind.BATAS_WAKTU, evidence, today);
        assertThat(first.created()).isTrue();
        assertThat(first.exit().status()).isEqualTo(ExitStatus.DIUSULKAN);
        assertThat(first.exit().source()).isEqualTo(ExitSource.SISTEM);
        assertThat(first.exit().proposedBy()).isEqualTo("system");
        assertThat(first.exit().evidence()).contains("otomatis", "BATAS_WAKTU v1");

        AutomaticExit again = exits.proposeAutomatic(kpm.id(), ExitKind.BATAS_WAKTU, evidence, today);
        assertThat(again.created()).isFalse();
        assertThat(again.exit().id()).isEqualTo(first.exit().id());
        // another automatic kind while one is open: nothing new either
        assertThat(exits.proposeAutomatic(kpm.id(), ExitKind.ALAMIAH, Map.of(), today).created()).isFalse();
        assertThat(exitCount(kpm.id())).isEqualTo(1);
        assertThat(as(OWNER, () -> enrolments.get(kpm.id())).status()).isEqualTo(EnrolmentStatus.AKTIF);

        as(OWNER, () -> exits.approve(first.exit().id()));
        AutomaticExit afterEnd = exits.proposeAutomatic(kpm.id(), ExitKind.BATAS_WAKTU, evidence, today);
        assertThat(afterEnd.created()).isFalse();
        assertThat(afterEnd.exit().status()).isEqualTo(ExitStatus.DISETUJUI);
        assertThat(exitCount(kpm.id())).isEqualTo(1);
        assertThat(as(OWNER, () -> enrolments.get(kpm.id())).exitKind()).isEqualTo(ExitKind.BATAS_WAKTU);
    }

    @Test
    void underKeputusanTheSystemDecidesAtOnceAndOnlyOnce() {
        Programme p = programme(AutomaticExits.KEPUTUSAN);
        Enrolment kpm = kpm(proposals, p.code(), family(registration));
        LocalDate today = LocalDate.now(clock);

        AutomaticExit decided = exits.proposeAutomatic(kpm.id(), ExitKind.ALAMIAH, Map.of("anggotaMemenuhi", 0), today);
        assertThat(decided.created()).isTrue();
        assertThat(decided.exit().status()).isEqualTo(ExitStatus.DISETUJUI);
        assertThat(decided.exit().decidedBy()).isEqualTo("system");
        assertThat(decided.exit().exitDate()).isEqualTo(today);
        Enrolment ended = as(OWNER, () -> enrolments.get(kpm.id()));
        assertThat(ended.status()).isEqualTo(EnrolmentStatus.SELESAI);
        assertThat(ended.exitKind()).isEqualTo(ExitKind.ALAMIAH);
        assertThat(as(OWNER, () -> quotas.of(p, "36.02")).enrolled()).isZero();

        AutomaticExit twice = exits.proposeAutomatic(kpm.id(), ExitKind.ALAMIAH, Map.of(), today);
        assertThat(twice.created()).isFalse();
        assertThat(twice.exit().id()).isEqualTo(decided.exit().id());
        assertThat(exitCount(kpm.id())).isEqualTo(1);
        assertThat(trail.history(EntityRef.of("ENROLMENT_EXIT", decided.exit().id()))).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("system"));
    }

    @Test
    void afterASwitchToKeputusanTheJobDecidesItsOwnEarlierProposalAndCountsItAsDecided() {
        Programme p = programme(AutomaticExits.USULAN);
        Enrolment kpm = kpm(proposals, p.code(), family(registration));
        LocalDate today = LocalDate.now(clock);
        AutomaticExit proposed = exits.proposeAutomatic(kpm.id(), ExitKind.BATAS_WAKTU, Map.of(), today);
        jdbc.sql("update programme set automatic_exits = 'KEPUTUSAN' where id = :p").param("p", p.id()).update();

        AutomaticExit decided = exits.proposeAutomatic(kpm.id(), ExitKind.BATAS_WAKTU, Map.of(), today);
        assertThat(decided.created()).isTrue();
        assertThat(decided.exit().id()).isEqualTo(proposed.exit().id());
        assertThat(decided.exit().status()).isEqualTo(ExitStatus.DISETUJUI);
        assertThat(as(OWNER, () -> enrolments.get(kpm.id())).status()).isEqualTo(EnrolmentStatus.SELESAI);
        assertThat(exits.proposeAutomatic(kpm.id(), ExitKind.BATAS_WAKTU, Map.of(), today).created()).isFalse();
    }

    @Test
    void aDecisionSupersedesAPersonsOpenProposal() {
        Programme p = programme(AutomaticExits.KEPUTUSAN);
        Enrolment kpm = kpm(proposals, p.code(), family(registration));
        EnrolmentExit mandiri = as(PENDAMPING, () -> exits.propose(kpm.id(), new ProposeExit(ExitKind.MANDIRI, "mampu", false)));
        AutomaticExit decided = exits.proposeAutomatic(kpm.id(), ExitKind.BATAS_WAKTU, Map.of(), LocalDate.now(clock));
        assertThat(decided.created()).isTrue();
        assertThat(as(OWNER, () -> enrolments.get(kpm.id())).exitKind()).isEqualTo(ExitKind.BATAS_WAKTU);
        EnrolmentExit superseded = as(OWNER, () -> reads.ofEnrolment(kpm.id())).get(0);
        assertThat(superseded.id()).isEqualTo(mandiri.id());
        assertThat(superseded.status()).isEqualTo(ExitStatus.DITOLAK);
        assertThat(superseded.decidedBy()).isEqualTo("system");
    }

    @Test
    void onlyTheJobsKindsAndOnlyDatesWithinTheMembership() {
        Programme p = programme(AutomaticExits.USULAN);
        Enrolment kpm = kpm(proposals, p.code(), family(registration));
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> exits.proposeAutomatic(kpm.id(), ExitKind.MENINGGAL, Map.of(), today))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> exits.proposeAutomatic(kpm.id(), ExitKind.BATAS_WAKTU, Map.of(), today.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        Enrolment proposal = as(MAKER, () -> proposals.propose(new Propose(p.code(), family(registration), null, null)));
        assertThat(exits.proposeAutomatic(proposal.id(), ExitKind.BATAS_WAKTU, Map.of(), today).exit()).isNull();
        assertThat(exitCount(proposal.id())).isZero();
    }

    @Test
    void twoNodesRunningTheJobAtOnceProposeOnce() throws Exception {
        Programme p = programme(AutomaticExits.USULAN);
        Enrolment kpm = kpm(proposals, p.code(), family(registration));
        LocalDate today = LocalDate.now(clock);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(threads.submit(() -> {
                    start.await(60, TimeUnit.SECONDS);
                    return exits.proposeAutomatic(kpm.id(), ExitKind.BATAS_WAKTU, Map.of(), today).created();
                }));
            }
            List<Boolean> created = new ArrayList<>();
            for (Future<Boolean> run : runs) {
                created.add(run.get(120, TimeUnit.SECONDS));
            }
            assertThat(created).containsExactlyInAnyOrder(true, false);
        } finally {
            threads.shutdownNow();
        }
        assertThat(exitCount(kpm.id())).isEqualTo(1);
    }
}
