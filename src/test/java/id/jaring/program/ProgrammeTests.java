package id.jaring.program;

import static id.jaring.program.ProgramFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.support.TransactionTemplate;

import id.jaring.access.Role;
import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditEntry;
import id.jaring.audit.AuditTrail;
import id.jaring.audit.EntityRef;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.support.TestUsers;

@SpringBootTest
class ProgrammeTests {

    static final Authentication DINSOS_OPD = user(7001, Role.OPERATOR_OPD, "DINSOS", null);
    static final Authentication DINKES_OPD = user(7002, Role.OPERATOR_OPD, "DINKES", null);
    static final Authentication PIMPINAN = TestUsers.as(Role.PIMPINAN, null);

    @Autowired Agencies agencies;
    @Autowired Programmes programmes;
    @Autowired ProgrammeComponents components;
    @Autowired Quotas quotas;
    @Autowired AuditTrail trail;
    @Autowired TransactionTemplate tx;

    static List<String> codes(Runnable action) {
        try {
            action.run();
        } catch (ValidationFailedException e) {
            return e.violations().stream().map(Violation::code).toList();
        }
        throw new AssertionError("expected a validation failure");
    }

    @Test
    void jamsosratuIsPreloadedWithItsComponentsDurationCapAndQuotas() {
        Programme j = as(PIMPINAN, () -> programmes.get("JAMSOSRATU"));
        assertThat(j.ownerAgency()).isEqualTo("DINSOS");
        assertThat(j.maxDurationMonths()).isEqualTo(60);
        assertThat(j.componentCap()).isEqualTo(4);
        assertThat(j.runningOn(LocalDate.of(2026, 11, 26))).isTrue();
        assertThat(as(PIMPINAN, () -> components.of("JAMSOSRATU")))
                .extracting(BenefitComponent::code, BenefitComponent::amountPerYear, BenefitComponent::amountPerTahap,
                        BenefitComponent::tahapPerYear)
                .containsExactly(
                        tuple("ANAK_USIA_DINI", 3_000_000L, 750_000L, 4),
                        tuple("IBU_HAMIL", 3_000_000L, 750_000L, 4),
                        tuple("DISABILITAS_BERAT", 2_400_000L, 600_000L, 4),
                        tuple("LANSIA", 2_400_000L, 600_000L, 4),
                        tuple("SMA", 2_000_000L, 500_000L, 4),
                        tuple("SMP", 1_500_000L, 375_000L, 4),
                        tuple("SD", 900_000L, 225_000L, 4));
        List<Quota> q = as(PIMPINAN, () -> quotas.all(j));
        assertThat(q).hasSize(8);
        assertThat(q.stream().mapToInt(Quota::quota).sum()).isEqualTo(49_000);
        assertThat(q).filteredOn(x -> x.kabKotaCode().equals("36.02")).singleElement()
                .satisfies(x -> assertThat(x.quota()).isEqualTo(14_291));
        assertThat(as(PIMPINAN, () -> programmes.get("PKH_DAERAH")).maxDurationMonths()).isNull();
        assertThat(as(PIMPINAN, () -> agencies.list())).extracting(Agency::code)
                .contains("DINSOS", "DINKES", "DINDIK", "DUKCAPIL", "BAPPEDA", "DINPERKIM", "DINKOPUKM");
    }

    @Test
    void validatesProgrammesWithStableCodes() {
        String code = uniqueCode("V");
        as(STEWARD, () -> programmes.create(running(code)));
        assertThat(codes(() -> as(STEWARD, () -> programmes.create(running(code)))))
                .containsExactly("PROGRAMME_CODE_TAKEN");
        ProgrammeData bad = new ProgrammeData("bad code", "", "NOPE_AGENCY", LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 4, 30), 0, 99, ProgrammeStatus.DRAFT, 0, null);
        assertThat(codes(() -> as(STEWARD, () -> programmes.create(bad)))).containsExactlyInAnyOrder(
                "PROGRAMME_CODE_FORMAT", "REQUIRED", "PERIOD_INVALID", "DURATION_INVALID", "COMPONENT_CAP_INVALID",
                "REENTRY_WAIT_INVALID", "AGENCY_UNKNOWN");
    }

    @Test
    void validatesComponentsAndQuotas() {
        Programme p = as(STEWARD, () -> programmes.create(running(uniqueCode("C"))));
        as(STEWARD, () -> components.add(p.code(), new ComponentData("SD", "Anak SD", 900_000L, 4, 225_000L)));
        assertThat(codes(() -> as(STEWARD, () -> components.add(p.code(),
                new ComponentData("SD", "Lagi", 900_000L, 4, 225_000L))))).containsExactly("COMPONENT_CODE_TAKEN");
        assertThat(codes(() -> as(STEWARD, () -> components.add(p.code(),
                new ComponentData("SMP", "Anak SMP", -1L, 4, 0L))))).containsExactly("AMOUNT_INVALID", "AMOUNT_INVALID");
        assertThat(codes(() -> as(STEWARD, () -> components.add(p.code(),
                new ComponentData("SMA", "Anak SMA", 2_000_000L, 4, 400_000L))))).containsExactly("TAHAP_AMOUNT_MISMATCH");

        assertThat(codes(() -> as(STEWARD, () -> quotas.set(p.code(), "36.02", -5)))).containsExactly("QUOTA_NEGATIVE");
        assertThat(codes(() -> as(STEWARD, () -> quotas.set(p.code(), "36.99", 5)))).containsExactly("KABKOTA_UNKNOWN");
        as(STEWARD, () -> quotas.set(p.code(), "36.02", 2));
        // two families enrolled (the enrolment module takes seats the same way, in its approval)
        TestUsers.runAs(STEWARD, () -> tx.executeWithoutResult(s -> {
            assertThat(quotas.takeSeat(p.id(), "36.02")).isTrue();
            assertThat(quotas.takeSeat(p.id(), "36.02")).isTrue();
            assertThat(quotas.takeSeat(p.id(), "36.02")).isFalse();
        }));
        assertThat(codes(() -> as(STEWARD, () -> quotas.set(p.code(), "36.02", 1)))).containsExactly("QUOTA_BELOW_ENROLLED");
        Quota raised = as(STEWARD, () -> quotas.set(p.code(), "36.02", 3));
        assertThat(raised.enrolled()).isEqualTo(2);
        assertThat(raised.remaining()).isEqualTo(1);
    }

    @Test
    void agencyOperatorsManageOnlyTheirOwnAgencysProgrammes() {
        Programme p = as(STEWARD, () -> programmes.create(running(uniqueCode("S"))));   // DINSOS
        ComponentData lansia = new ComponentData("LANSIA", "Lanjut usia", 2_400_000L, 4, 600_000L);

        assertThatThrownBy(() -> as(DINKES_OPD, () -> components.add(p.code(), lansia)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(DINKES_OPD, () -> quotas.set(p.code(), "36.02", 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(DINSOS_OPD, () -> programmes.create(running(uniqueCode("X")))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(DINSOS_OPD, () -> programmes.update(p.code(), p.data())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(PIMPINAN, () -> agencies.create(new Agency("NEW_OPD", "Baru", AgencyKind.OPD))))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(as(DINSOS_OPD, () -> components.add(p.code(), lansia)).amountPerTahap()).isEqualTo(600_000L);
        assertThat(as(DINSOS_OPD, () -> quotas.set(p.code(), "36.02", 10)).quota()).isEqualTo(10);
        assertThat(as(DINKES_OPD, () -> components.of(p.code()))).hasSize(1);   // everyone reads
    }

    @Test
    void everyChangeIsAuditedWithBeforeAndAfter() {
        Programme p = as(STEWARD, () -> programmes.create(running(uniqueCode("A"))));
        ProgrammeData changed = new ProgrammeData(p.code(), "Nama baru", "DINSOS", p.periodStart(), LocalDate.of(2030, 12, 31),
                48, 3, ProgrammeStatus.AKTIF, 12, AutomaticExits.KEPUTUSAN);
        as(STEWARD, () -> programmes.update(p.code(), changed));
        as(STEWARD, () -> quotas.set(p.code(), "36.73", 7));
        BenefitComponent c = as(STEWARD, () -> components.add(p.code(), new ComponentData("SD", "SD", 900_000L, 4, 225_000L)));

        List<AuditEntry> history = trail.history(EntityRef.of("PROGRAMME", p.id()));
        assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.CREATE, AuditAction.UPDATE);
        assertThat(history.get(1).changes()).extracting(AuditEntry.FieldChange::field)
                .containsExactlyInAnyOrder("name", "periodEnd", "maxDurationMonths", "componentCap", "reentryWaitMonths",
                        "automaticExits");
        assertThat(as(STEWARD, () -> programmes.get(p.code()))).satisfies(saved -> {
            assertThat(saved.reentryWaitMonths()).isEqualTo(12);
            assertThat(saved.automaticExits()).isEqualTo(AutomaticExits.KEPUTUSAN);
            assertThat(saved.reentryFrom(LocalDate.of(2027, 1, 31))).isEqualTo(LocalDate.of(2028, 1, 31));
        });
        // a change without the automatic-exits setting (a client written before it existed) keeps it
        ProgrammeData renamedOnly = new ProgrammeData(p.code(), "Nama lagi", "DINSOS", p.periodStart(),
                LocalDate.of(2030, 12, 31), 48, 3, ProgrammeStatus.AKTIF, 12, null);
        assertThat(as(STEWARD, () -> programmes.update(p.code(), renamedOnly)).automaticExits())
                .isEqualTo(AutomaticExits.KEPUTUSAN);
        assertThat(trail.history(EntityRef.of("PROGRAMME_QUOTA", p.id() + ":36.73"))).singleElement()
                .satisfies(e -> assertThat(e.after()).containsEntry("quota", 7));
        assertThat(trail.history(EntityRef.of("PROGRAMME_COMPONENT", c.id()))).hasSize(1);

        String agency = uniqueCode("AG");
        as(STEWARD, () -> agencies.create(new Agency(agency, "Dinas Uji", AgencyKind.OPD)));
        as(STEWARD, () -> agencies.update(agency, new Agency(agency, "Dinas Uji Baru", AgencyKind.KAB_KOTA)));
        assertThat(trail.history(EntityRef.of("AGENCY", agency))).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CREATE, AuditAction.UPDATE);
        assertThat(codes(() -> as(STEWARD, () -> agencies.create(new Agency(agency, "X", AgencyKind.OPD)))))
                .containsExactly("AGENCY_CODE_TAKEN");
    }
}
