package id.jaring.enrollment.readiness;

import static id.jaring.program.ProgramFixtures.STEWARD;
import static id.jaring.program.ProgramFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.jaring.enrollment.GraduationReadiness;
import id.jaring.enrollment.ReadinessRun;
import id.jaring.program.Programme;
import id.jaring.program.Programmes;
import id.jaring.program.Quotas;
import id.jaring.targeting.GeneratedFamilies;

/**
 * The set-based SQL that stores every KPM's readiness and the Java explanation of one family agree,
 * family by family (score, label, each indicator met or not, missing values, the field assessment
 * used), on 1,200 generated families with ages on the boundaries (today), unknown values, odd
 * occupation texts, exact ties with the thresholds, and field assessments in two versions.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadinessAgreementTests {

    static final int FAMILIES = 1_200;

    @Autowired JdbcClient jdbc;
    @Autowired Programmes programmes;
    @Autowired Quotas quotas;
    @Autowired ReadinessVersioning versioning;
    @Autowired GraduationReadiness readiness;
    @Autowired FamilyReadiness familyReadiness;
    @Autowired ReadinessQueue queue;
    @Autowired Clock clock;

    Programme programme;
    int enrolled;

    record Stored(long householdId, BigDecimal score, String label, List<String> met, int missing, Long assessment,
            int version) {
    }

    @BeforeAll
    void generate() {
        GeneratedFamilies.createHash(jdbc);
        GeneratedFamilies.Range range = GeneratedFamilies.insert(jdbc, FAMILIES, LocalDate.now(clock));
        ReadinessFixtures.vary(jdbc, range);
        programme = ReadinessFixtures.programme(programmes, quotas);
        enrolled = ReadinessFixtures.enrolActive(jdbc, range, programme.id());
        ReadinessFixtures.assess(jdbc, range);
    }

    @Test
    void theStoredReadinessOfEveryKpmIsTheJavaExplanation() {
        ReadinessSet set = as(STEWARD, () -> versioning.activate(versioning.create(
                ReadinessFixtures.spreadingSet("agreement test")).version()));
        ReadinessRun run = as(STEWARD, readiness::recompute);
        queue.awaitIdle(5, java.util.concurrent.TimeUnit.MINUTES);
        assertThat(run.setVersion()).isEqualTo(set.version());

        List<Stored> stored = jdbc.sql("""
                select r.household_id, r.score, r.label, r.indicators_met, r.indicators_missing, r.field_assessment_id,
                       r.set_version
                from enrolment_readiness r join enrolment e on e.id = r.enrolment_id
                where e.programme_id = :p order by r.household_id
                """).param("p", programme.id())
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getBigDecimal(2), rs.getString(3),
                        Arrays.asList((String[]) rs.getArray(4).getArray()), rs.getInt(5), (Long) rs.getObject(6),
                        rs.getInt(7)))
                .list();
        assertThat(stored).hasSize(enrolled);

        Map<ReadinessIndicator, int[]> metUnmetMissing = new EnumMap<>(ReadinessIndicator.class);
        int ready = 0;
        for (Stored s : stored) {
            ReadinessExplanation java = as(STEWARD, () -> familyReadiness.of(s.householdId())).explanation();
            assertThat(java.setVersion()).as("family %d", s.householdId()).isEqualTo(s.version());
            assertThat(java.score()).as("score of family %d", s.householdId()).isEqualByComparingTo(s.score());
            assertThat(java.indicatorsMet()).as("indicators met by family %d", s.householdId()).isEqualTo(s.met());
            assertThat(java.indicatorsMissing()).as("missing of family %d", s.householdId()).isEqualTo(s.missing());
            assertThat(java.label().name()).as("label of family %d", s.householdId()).isEqualTo(s.label());
            assertThat(java.fieldAssessmentId()).as("assessment of family %d", s.householdId()).isEqualTo(s.assessment());
            ready += java.label() == ReadinessLabel.SIAP ? 1 : 0;
            for (IndicatorResult r : java.indicators()) {
                int[] counts = metUnmetMissing.computeIfAbsent(r.indicator(), k -> new int[3]);
                counts[r.met() ? 0 : 1]++;
                counts[2] += r.missing() ? 1 : 0;
            }
        }
        // the generated families exercise every indicator both ways, with missing values, and both labels
        for (ReadinessIndicator indicator : ReadinessIndicator.values()) {
            int[] counts = metUnmetMissing.get(indicator);
            assertThat(counts[0]).as("%s met", indicator).isPositive();
            assertThat(counts[1]).as("%s not met", indicator).isPositive();
            assertThat(counts[2]).as("%s missing", indicator).isPositive();
        }
        assertThat(ready).isBetween(1, enrolled - 1);
    }
}
