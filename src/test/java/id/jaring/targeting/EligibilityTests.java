package id.jaring.targeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import id.jaring.access.CurrentUsers;
import id.jaring.access.Role;
import id.jaring.audit.AuditLog;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.support.TestUsers;
import id.jaring.wilayah.Regions;

/** The service: ages at the clock's date, scope, roles, the audit of explanations. */
@SpringBootTest
class EligibilityTests {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Autowired Eligibility eligibility;
    @Autowired EligibilityRules rules;
    @Autowired FamilySnapshots snapshots;
    @Autowired JdbcClient jdbc;
    @Autowired CurrentUsers users;
    @Autowired AuditLog audit;
    @Autowired Regions regions;

    static <T> T as(Role role, String region, Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        TestUsers.runAs(TestUsers.as(role, region), () -> result.set(action.get()));
        return result.get();
    }

    Eligibility at(LocalDate today) {
        Clock clock = Clock.fixed(today.atTime(9, 0).atZone(JAKARTA).toInstant(), JAKARTA);
        return new Eligibility(rules, snapshots, jdbc, users, audit, regions, clock);
    }

    boolean selectedBySql(Eligibility e, long householdId, String text) {
        Map<String, Object> params = new HashMap<>();
        EligibleHouseholds q = as(Role.DATA_STEWARD, null, () -> e.eligibleHouseholds(text));
        params.putAll(q.params());
        params.put("id", householdId);
        return jdbc.sql("select count(*) from (" + q.sql() + ") e where e.id = :id").params(params)
                .query(Long.class).single() == 1;
    }

    boolean selectedByJava(Eligibility e, long householdId, String text) {
        return as(Role.DATA_STEWARD, null, () -> e.explain(householdId, text)).eligible();
    }

    @Test
    void aChildTurnsSixOnHerBirthdayInSqlAndJava() {
        OneFamily.Family f = OneFamily.insert(jdbc, OneFamily.LEBAK_DESA, 2, false,
                LocalDate.of(1980, 1, 1), LocalDate.of(2020, 11, 26));
        String rule = "ANY MEMBER (umur < 6)";
        Eligibility dayBefore = at(LocalDate.of(2026, 11, 25));
        Eligibility birthday = at(LocalDate.of(2026, 11, 26));
        assertThat(selectedBySql(dayBefore, f.id(), rule)).isTrue();
        assertThat(selectedByJava(dayBefore, f.id(), rule)).isTrue();
        assertThat(selectedBySql(birthday, f.id(), rule)).isFalse();
        assertThat(selectedByJava(birthday, f.id(), rule)).isFalse();
        Explanation why = as(Role.DATA_STEWARD, null, () -> birthday.explain(f.id(), "ANY MEMBER (umur = 6)"));
        assertThat(why.asOf()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(why.condition().members()).extracting(MemberOutcome::result).containsExactly(Truth.FALSE, Truth.TRUE);
        assertThat(why.condition().members().get(1).detail().value()).isEqualTo("6");
        assertThat(why.condition().members().get(1).deciding()).isTrue();
    }

    @Test
    void someoneBornOnALeapDayTurnsAYearOlderOnTheFirstOfMarch() {
        OneFamily.Family f = OneFamily.insert(jdbc, OneFamily.LEBAK_DESA, 2, false,
                LocalDate.of(1967, 3, 1), LocalDate.of(1964, 2, 29));
        String rule = "ANY MEMBER (umur >= 63)";
        Eligibility feb28 = at(LocalDate.of(2027, 2, 28));
        Eligibility mar1 = at(LocalDate.of(2027, 3, 1));
        assertThat(selectedBySql(feb28, f.id(), rule)).isFalse();
        assertThat(selectedByJava(feb28, f.id(), rule)).isFalse();
        assertThat(selectedBySql(mar1, f.id(), rule)).isTrue();
        assertThat(selectedByJava(mar1, f.id(), rule)).isTrue();
        // in a leap year the birthday itself counts
        assertThat(selectedBySql(at(LocalDate.of(2028, 2, 29)), f.id(), "ANY MEMBER (umur = 64)")).isTrue();
        assertThat(selectedByJava(at(LocalDate.of(2028, 2, 28)), f.id(), "ANY MEMBER (umur = 64)")).isFalse();
    }

    @Test
    void theExplanationNamesTheDecidingMemberAndTheUnknownRank() {
        OneFamily.Family f = OneFamily.insert(jdbc, OneFamily.LEBAK_DESA, null, true,
                LocalDate.of(1980, 1, 1), LocalDate.of(2000, 5, 5), LocalDate.of(2010, 5, 5));
        Explanation why = as(Role.OPERATOR_KABKOTA, "36.02",
                () -> eligibility.explain(f.id(), "desil <= 4 AND ANY MEMBER (hamil)"));
        assertThat(why.eligible()).isFalse();
        assertThat(why.condition().result()).isEqualTo(Truth.UNKNOWN);
        Condition desil = why.condition().parts().get(0);
        assertThat(desil.text()).isEqualTo("desil <= 4");
        assertThat(desil.result()).isEqualTo(Truth.UNKNOWN);
        assertThat(desil.value()).isNull();
        Condition any = why.condition().parts().get(1);
        assertThat(any.result()).isEqualTo(Truth.TRUE);
        assertThat(any.members()).filteredOn(MemberOutcome::deciding).singleElement()
                .satisfies(m -> assertThat(m.nama()).isEqualTo("ANGGOTA 2"));
        // IS UNKNOWN turns the unknown desil into a definite answer
        assertThat(as(Role.OPERATOR_KABKOTA, "36.02",
                () -> eligibility.explain(f.id(), "desil IS UNKNOWN AND ANY MEMBER (hamil)")).eligible()).isTrue();
        assertThat(as(Role.OPERATOR_KABKOTA, "36.02",
                () -> eligibility.explainNoKk(f.noKk(), "desil TIDAK DIKETAHUI")).householdId()).isEqualTo(f.id());
    }

    @Test
    void previewAndExplainStayInTheCallersScope() {
        OneFamily.Family lebak = OneFamily.insert(jdbc, OneFamily.LEBAK_DESA, 1, false, LocalDate.of(1950, 1, 1));
        OneFamily.Family serang = OneFamily.insert(jdbc, OneFamily.SERANG_DESA, 1, false, LocalDate.of(1950, 1, 1));
        String rule = "desil = 1 AND jenis_lantai = TANAH AND ALL MEMBERS (umur >= 70)";
        EligibilityPreview lebakView = as(Role.OPERATOR_KABKOTA, "36.02", () -> eligibility.preview(rule));
        EligibilityPreview province = as(Role.PIMPINAN, null, () -> eligibility.preview(rule));
        assertThat(lebakView.perKabKota()).extracting(EligibilityPreview.KabKotaCount::code).containsOnly("36.02");
        assertThat(lebakView.perKabKota().get(0).name()).containsIgnoringCase("lebak");
        assertThat(province.perKabKota()).extracting(EligibilityPreview.KabKotaCount::code).contains("36.02", "36.73");
        assertThat(province.total()).isEqualTo(province.perKabKota().stream().mapToLong(k -> k.families()).sum())
                .isGreaterThan(lebakView.total());
        assertThat(as(Role.OPERATOR_KABKOTA, "36.02", () -> eligibility.count(rule))).isEqualTo(lebakView.total());
        List<Long> streamed = new java.util.ArrayList<>();
        TestUsers.runAs(TestUsers.as(Role.OPERATOR_KABKOTA, "36.02"), () -> eligibility.forEachEligible(rule, streamed::add));
        assertThat(streamed).contains(lebak.id()).doesNotContain(serang.id()).hasSize((int) lebakView.total());

        assertThat(as(Role.OPERATOR_KABKOTA, "36.02", () -> eligibility.explain(lebak.id(), rule)).eligible()).isTrue();
        assertThatThrownBy(() -> as(Role.OPERATOR_KABKOTA, "36.02", () -> eligibility.explain(serang.id(), rule)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(Role.OPERATOR_KABKOTA, "36.02", () -> eligibility.explainNoKk(serang.noKk(), rule)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(Role.OPERATOR_KABKOTA, "36.02", () -> eligibility.explain(-5, rule)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void leadershipMayPreviewButNotSeeMembers() {
        OneFamily.Family f = OneFamily.insert(jdbc, OneFamily.LEBAK_DESA, 3, false, LocalDate.of(1970, 1, 1));
        assertThat(as(Role.PIMPINAN, null, () -> eligibility.preview("desil <= 4")).total()).isPositive();
        assertThatThrownBy(() -> as(Role.PIMPINAN, null, () -> eligibility.explain(f.id(), "desil <= 4")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anExplanationIsAuditedAsAReadOfTheHousehold() {
        OneFamily.Family f = OneFamily.insert(jdbc, OneFamily.LEBAK_DESA, 3, false, LocalDate.of(1970, 1, 1));
        as(Role.PENDAMPING, "36.02.01", () -> eligibility.explain(f.id(), "desil <= 4"));
        List<String> events = jdbc.sql("""
                select action || ' ' || actor || ' ' || kabkota_code from audit_event
                where entity_type = 'HOUSEHOLD' and entity_id = :id order by id
                """).param("id", String.valueOf(f.id())).query(String.class).list();
        assertThat(events).containsExactly("READ test-pendamping 36.02");
    }

    @Test
    void anInvalidRuleIsRefusedBeforeAnythingIsRead() {
        assertThatThrownBy(() -> as(Role.DATA_STEWARD, null, () -> eligibility.preview("desil <=")))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).violations())
                        .extracting(v -> v.code()).containsExactly(RuleCodes.UNEXPECTED_END));
        // an injection attempt in a literal is just a value nobody has
        OneFamily.Family f = OneFamily.insert(jdbc, OneFamily.LEBAK_DESA, 3, false, LocalDate.of(1970, 1, 1));
        String rule = "ANY MEMBER (pekerjaan = '''; drop table person; --')";
        assertThat(as(Role.DATA_STEWARD, null, () -> eligibility.count(rule))).isZero();
        assertThat(selectedByJava(eligibility, f.id(), rule)).isFalse();
        assertThat(jdbc.sql("select count(*) from person").query(Long.class).single()).isPositive();
    }
}
