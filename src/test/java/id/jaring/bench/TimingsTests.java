package id.jaring.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class TimingsTests {

    @Test
    void nearestRankPercentilesOfAHundredSamplesInAnyOrder() {
        List<Double> samples = new ArrayList<>(IntStream.rangeClosed(1, 100).mapToObj(i -> (double) i).toList());
        Collections.shuffle(samples, new java.util.Random(7));

        Timings t = Timings.of(samples);

        assertThat(t.count()).isEqualTo(100);
        assertThat(t.median()).isEqualTo(50.0);
        assertThat(t.p95()).isEqualTo(95.0);
        assertThat(t.max()).isEqualTo(100.0);
    }

    @Test
    void smallSamplesReportValuesThatWereMeasured() {
        // 20 samples: p95 is the 19th smallest, the median the 10th
        Timings twenty = Timings.of(IntStream.rangeClosed(1, 20).mapToObj(i -> i * 1.5).toList());
        assertThat(twenty.median()).isEqualTo(15.0);
        assertThat(twenty.p95()).isEqualTo(28.5);
        assertThat(twenty.max()).isEqualTo(30.0);

        Timings three = Timings.of(List.of(9.0, 1.0, 4.0));
        assertThat(three.median()).isEqualTo(4.0);
        assertThat(three.p95()).isEqualTo(9.0);

        Timings one = Timings.of(List.of(2.5));
        assertThat(List.of(one.median(), one.p95(), one.max())).containsOnly(2.5);
    }

    @Test
    void noSamplesIsAnError() {
        assertThatThrownBy(() -> Timings.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Timings.percentile(new double[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
