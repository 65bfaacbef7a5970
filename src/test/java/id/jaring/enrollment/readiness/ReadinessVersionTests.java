package id.jaring.enrollment.readiness;

import static id.jaring.program.ProgramFixtures.STEWARD;
import static id.jaring.program.ProgramFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import id.jaring.access.Role;
import id.jaring.audit.AuditAction;
import id.jaring.audit.AuditEntry;
import id.jaring.audit.AuditTrail;
import id.jaring.audit.EntityRef;
import id.jaring.enrollment.GraduationReadiness;
import id.jaring.enrollment.ReadinessRun;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.program.Programme;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import id.jaring.registry.HouseholdRegistration;
import id.jaring.support.TestUsers;

/**
 * Versions of the readiness assessment: a change is a new version, the old ones stay as they were,
 * only the data steward creates and activates, the active version computes, and the label turns
 * exactly at the version's score (in the stored SQL result and in the Java explanation).
 */
@SpringBootTest
class ReadinessVersionTests {

    static final org.springframework.security.core.Authentication OPERATOR = TestUsers.as(Role.OPERATOR_KABKOTA, "36.02");

    @Autowired ReadinessVersioning versioning;
    @Autowired ReadinessSets sets;
    @Autowired GraduationReadiness readiness;
    @Autowired FamilyReadiness families;
    @Autowired ReadinessQueue queue;
    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;
    @Autowired Programmes programmes;
    @Autowired Quotas quotas;
    @Autowired HouseholdRegistration registration;

    record Stored(String label, BigDecimal score, int version) {
    }

    Stored stored(long household) {
        return jdbc.sql("select label, score, set_version from enrolment_readiness where household_id = :h")
                .param("h", household).query((rs, n) -> new Stored(rs.getString(1), rs.getBigDecimal(2), rs.getInt(3)))
                .single();
    }

    ReadinessSet activate(NewReadinessSet set) {
        ReadinessSet created = as(STEWARD, () -> versioning.create(set));
        as(STEWARD, () -> versioning.activate(created.version()));
        queue.awaitIdle(5, TimeUnit.MINUTES);
        as(STEWARD, readiness::recompute);
        return created;
    }

    /** Income (25) and work (15) met, housing (2 of 4 decent) not, assets (livestock) met (10), nothing else: 50. */
    static NewReadinessSet fifty(String readyFrom, boolean housingRequired) {
        List<IndicatorWeight> w = new ArrayList<>(ReadinessFixtures.spreadingSet("batas " + readyFrom).indicators());
        w.set(0, ReadinessFixtures.weight("PENGHASILAN_PER_KAPITA", "25", "684232", true));
        w.set(2, ReadinessFixtures.weight("RUMAH_LAYAK", "10", "4", housingRequired));
        w.set(4, ReadinessFixtures.weight("TABUNGAN_ASET", "10", "1", false));
        return new NewReadinessSet(null, "batas " + readyFrom, new BigDecimal(readyFrom), w);
    }

    @Test
    void aNewVersionKeepsTheOldOnesAndComputesOnceActive() {
        ReadinessSet before = sets.active();
        ReadinessSet created = as(STEWARD, () -> versioning.create(new NewReadinessSet(before.version(), "versi uji",
                new BigDecimal("65"), before.indicators())));
        assertThat(created.active()).isFalse();
        assertThat(created.basedOn()).isEqualTo(before.version());
        assertThat(sets.active().version()).isEqualTo(before.version());

        ReadinessSet activated = as(STEWARD, () -> versioning.activate(created.version()));
        assertThat(activated.active()).isTrue();
        assertThat(sets.find(before.version()).orElseThrow()).satisfies(old -> {
            assertThat(old.active()).isFalse();
            assertThat(old.indicators()).isEqualTo(before.indicators());
            assertThat(old.readyFrom()).isEqualByComparingTo(before.readyFrom());
        });
        // version 1, the shipped default, is still there as it was shipped
        assertThat(sets.find(1).orElseThrow().indicators()).extracting(IndicatorWeight::threshold)
                .first().satisfies(t -> assertThat(t).isEqualByComparingTo("684232"));

        queue.awaitIdle(5, TimeUnit.MINUTES);
        ReadinessRun queued = readiness.recentRuns(20).stream()
                .filter(r -> r.trigger() == ReadinessRun.Trigger.SET && ("version " + created.version()).equals(r.triggerDetail()))
                .findFirst().orElseThrow();
        assertThat(queued.status()).isEqualTo(ReadinessRun.Status.FINISHED);
        assertThat(queued.setVersion()).isEqualTo(created.version());

        List<AuditEntry> audit = trail.history(EntityRef.of("READINESS_SET", created.version()));
        assertThat(audit).extracting(AuditEntry::action).containsExactlyInAnyOrder(AuditAction.CREATE, AuditAction.UPDATE);
        assertThat(trail.history(EntityRef.of("READINESS_RUN", queued.id()))).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CREATE);

        assertThatThrownBy(() -> as(STEWARD, () -> versioning.activate(created.version())))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly(ReadinessCodes.READINESS_ALREADY_ACTIVE));
    }

    @Test
    void onlyTheDataStewardManagesVersionsAndComputations() {
        NewReadinessSet set = ReadinessFixtures.spreadingSet("operator");
        assertThatThrownBy(() -> as(OPERATOR, () -> versioning.create(set))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(OPERATOR, () -> versioning.activate(1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(OPERATOR, readiness::recompute)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(OPERATOR, () -> readiness.requestRecompute(ReadinessRun.Trigger.API)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anIncompleteVersionIsRefusedAndNothingIsWritten() {
        long versions = sets.list().size();
        List<IndicatorWeight> w = new ArrayList<>(ReadinessFixtures.spreadingSet("x").indicators());
        w.remove(8);
        assertThatThrownBy(() -> as(STEWARD, () -> versioning.create(new NewReadinessSet(null, "kurang", BigDecimal.TEN, w))))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly(ReadinessCodes.READINESS_INCOMPLETE));
        assertThatThrownBy(() -> as(STEWARD, () -> versioning.create(new NewReadinessSet(999, "dari versi tak ada",
                BigDecimal.TEN, ReadinessFixtures.spreadingSet("x").indicators()))))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly(ReadinessCodes.READINESS_VERSION_UNKNOWN));
        assertThat(sets.list()).hasSize((int) versions);
    }

    @Test
    void theLabelTurnsExactlyAtTheVersionsScore() {
        Programme p = ReadinessFixtures.programme(programmes, quotas);
        long family = ReadinessFixtures.kpmFamily(registration, jdbc, p.id(), ReadinessFixtures.DESA);
        ReadinessFixtures.headEarnsWell(jdbc, family);

        ReadinessSet atFifty = activate(fifty("50", false));
        assertThat(stored(family)).isEqualTo(new Stored("SIAP", new BigDecimal("50.00"), atFifty.version()));
        assertThat(as(STEWARD, () -> families.of(family)).explanation().label()).isEqualTo(ReadinessLabel.SIAP);

        ReadinessSet above = activate(fifty("50.01", false));
        assertThat(stored(family)).isEqualTo(new Stored("BELUM_SIAP", new BigDecimal("50.00"), above.version()));
        assertThat(as(STEWARD, () -> families.of(family)).explanation().label()).isEqualTo(ReadinessLabel.BELUM_SIAP);

        ReadinessSet housingRequired = activate(fifty("50", true));
        assertThat(stored(family)).isEqualTo(new Stored("BELUM_SIAP", new BigDecimal("50.00"), housingRequired.version()));
        assertThat(as(STEWARD, () -> families.of(family)).explanation().label()).isEqualTo(ReadinessLabel.BELUM_SIAP);
    }
}
