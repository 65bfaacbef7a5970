package id.jaring.targeting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The desil of the ranking ({@link ScoreSql#desilsOf}) on a population of our own, in a
 * temporary table (the registry of the shared test database holds other tests' families).
 */
@SpringBootTest
class DesilTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    /** household id -> desil for the given scores (household ids 1..n in a shuffled insert order). */
    private Map<Long, Integer> desils(double... scores) {
        return transactions.execute(tx -> {
            jdbc.sql("create temp table desil_input (household_id bigint, kabkota_code text, score numeric) on commit drop").update();
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < scores.length; i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(scores.length));
            for (int i : order) {
                jdbc.sql("insert into desil_input values (:id, '36.02', :s)").param("id", i + 1L).param("s", scores[i]).update();
            }
            return jdbc.sql("select s.household_id, d.desil from desil_input s join (" + ScoreSql.desilsOf("desil_input")
                            + ") d on " + ScoreSql.DESIL_JOIN)
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        });
    }

    @Test
    void twentyDistinctScoresGiveTwoFamiliesPerDesilPoorestFirst() {
        double[] scores = new double[20];
        for (int i = 0; i < 20; i++) {
            scores[i] = 100 - i * 3.5; // family 1 best off, family 20 poorest
        }
        Map<Long, Integer> desil = desils(scores);
        for (long id = 1; id <= 20; id++) {
            assertThat(desil.get(id)).as("family " + id).isEqualTo(10 - (int) ((id - 1) / 2));
        }
        assertThat(desil.values().stream().collect(Collectors.groupingBy(d -> d, Collectors.counting())))
                .hasSize(10).allSatisfy((d, count) -> assertThat(count).isEqualTo(2));
    }

    @Test
    void tiesShareTheDesilOfTheirFirstPlaceWhateverTheirIds() {
        // 20 families; the 2nd and 3rd poorest tie across the desil 1/2 boundary: both in desil 1
        double[] scores = new double[20];
        for (int i = 0; i < 20; i++) {
            scores[i] = i;
        }
        scores[2] = 1;
        Map<Long, Integer> desil = desils(scores);
        assertThat(desil.get(1L)).isEqualTo(1);
        assertThat(desil.get(2L)).isEqualTo(1);
        assertThat(desil.get(3L)).isEqualTo(1);
        assertThat(desil.get(4L)).isEqualTo(2); // 4th place: 1 + (10 * 3) / 20
        assertThat(desil.get(5L)).isEqualTo(3);
        assertThat(desil.get(20L)).isEqualTo(10);
    }

    @Test
    void aTieOfAllGivesEveryoneDesilOne() {
        Map<Long, Integer> desil = desils(5, 5, 5, 5, 5, 5, 5);
        assertThat(desil.values()).containsOnly(1);
    }

    @Test
    void tenFamiliesWithThreeTiedAtTheBottom() {
        Map<Long, Integer> desil = desils(1, 1, 1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(desil).containsEntry(1L, 1).containsEntry(2L, 1).containsEntry(3L, 1)
                .containsEntry(4L, 4).containsEntry(10L, 10);
    }
}
