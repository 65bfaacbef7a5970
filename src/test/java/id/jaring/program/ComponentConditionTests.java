package id.jaring.program;

import static id.jaring.program.ProgramFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditEntry;
import id.jaring.audit.AuditTrail;
import id.jaring.audit.EntityRef;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;

/** Components say which member they are for, in the rule language, checked and audited on every save. */
@SpringBootTest
class ComponentConditionTests {

    @Autowired Programmes programmes;
    @Autowired ProgrammeComponents components;
    @Autowired AuditTrail trail;

    @Test
    void thePreloadedProgrammesCarryTheMemberConditionsOfThePkhComponents() {
        for (String programme : List.of("JAMSOSRATU", "PKH_DAERAH")) {
            assertThat(as(STEWARD, () -> components.of(programme)))
                    .extracting(BenefitComponent::code, BenefitComponent::memberCondition)
                    .containsExactlyInAnyOrder(
                            tuple("IBU_HAMIL", "hamil"),
                            tuple("ANAK_USIA_DINI", "umur <= 6"),
                            tuple("SD", "sekolah = SD AND umur < 21"),
                            tuple("SMP", "sekolah = SMP AND umur < 21"),
                            tuple("SMA", "sekolah = SMA AND umur < 21"),
                            tuple("DISABILITAS_BERAT", "disabilitas = BERAT"),
                            tuple("LANSIA", "umur >= 60"));
        }
    }

    @Test
    void aConditionIsCheckedWithTheRuleLanguageAndItsErrorsComeWithTheOtherFieldsOnes() {
        Programme p = as(STEWARD, () -> programmes.create(running(uniqueCode("MC"))));
        List<Violation> problems = violations(() -> as(STEWARD, () -> components.add(p.code(),
                new ComponentData("SD", "Anak SD", 0L, 4, 225_000L, "sekolah = SD AND desil <= 4"))));
        assertThat(problems).extracting(Violation::code, Violation::field).containsExactlyInAnyOrder(
                tuple("AMOUNT_INVALID", "amountPerYear"),
                tuple("RULE_FAMILY_ATTRIBUTE_IN_MEMBER_CONDITION", "memberCondition"));
        assertThat(problems.stream().filter(v -> v.field().equals("memberCondition")).findFirst().orElseThrow().args())
                .containsExactly(1, 18, "desil");
        assertThat(violations(() -> as(STEWARD, () -> components.add(p.code(),
                new ComponentData("SD", "Anak SD", 900_000L, 4, 225_000L, "ADA ANGGOTA (sekolah = SD)")))))
                .extracting(Violation::code).containsExactly("RULE_QUANTIFIER_IN_MEMBER_CONDITION");
        assertThat(as(STEWARD, () -> components.of(p.code()))).isEmpty();   // nothing half-written
    }

    @Test
    void aConditionIsStrippedBlankMeansNoneAndEveryChangeIsAuditedWithBeforeAndAfter() {
        Programme p = as(STEWARD, () -> programmes.create(running(uniqueCode("MC"))));
        BenefitComponent added = as(STEWARD, () -> components.add(p.code(),
                new ComponentData("LANSIA", "Lanjut usia", 2_400_000L, 4, 600_000L, "  umur >= 60 \n")));
        assertThat(added.memberCondition()).isEqualTo("umur >= 60");
        BenefitComponent practice = as(STEWARD, () -> components.update(p.code(), "LANSIA",
                new ComponentData("LANSIA", "Lanjut usia", 2_400_000L, 4, 600_000L, "umur >= 70")));
        assertThat(practice.memberCondition()).isEqualTo("umur >= 70");
        BenefitComponent cleared = as(STEWARD, () -> components.update(p.code(), "LANSIA",
                new ComponentData("LANSIA", "Lanjut usia", 2_400_000L, 4, 600_000L, " ")));
        assertThat(cleared.memberCondition()).isNull();

        List<AuditEntry> history = trail.history(EntityRef.of("PROGRAMME_COMPONENT", added.id()));
        assertThat(history).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.UPDATE);
        assertThat(history.get(0).after()).containsEntry("memberCondition", "umur >= 60");
        assertThat(history.get(1).before()).containsEntry("memberCondition", "umur >= 60");
        assertThat(history.get(1).after()).containsEntry("memberCondition", "umur >= 70");
        assertThat(history.get(2).after()).containsEntry("memberCondition", null);
    }

    static List<Violation> violations(Runnable action) {
        try {
            action.run();
        } catch (ValidationFailedException e) {
            return e.violations();
        }
        throw new AssertionError("expected a validation failure");
    }
}
