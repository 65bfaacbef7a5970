package id.jaring.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class FellegiSunterTests {

    /**
     * Pairs drawn from a known two-class model (three comparisons, three levels each, 20% matches):
     * EM without labels recovers the share of matches and the m probabilities.
     */
    @Test
    void emRecoversKnownParameters() {
        double lambda = 0.2;
        double[][] m = {{0, 0.85, 0.10, 0.05}, {0, 0.90, 0.06, 0.04}, {0, 0.80, 0.15, 0.05}};
        double[][] u = {{0, 0.02, 0.08, 0.90}, {0, 0.05, 0.10, 0.85}, {0, 0.01, 0.04, 0.95}};
        SplittableRandom r = new SplittableRandom(11);
        int n = 200_000;
        long[] patterns = new long[n];
        for (int p = 0; p < n; p++) {
            boolean match = r.nextDouble() < lambda;
            long pattern = 0;
            for (int c = 0; c < 3; c++) {
                double[] probabilities = match ? m[c] : u[c];
                double x = r.nextDouble();
                int level = 1;
                while (level < 3 && x >= probabilities[level]) {
                    x -= probabilities[level];
                    level++;
                }
                pattern |= (long) level << (PairComparator.BITS * c);
            }
            patterns[p] = pattern;
        }
        double[][] uStart = {{0, 0.3, 0.3, 0.4}, {0, 0.3, 0.3, 0.4}, {0, 0.3, 0.3, 0.4}};
        FellegiSunter.Fit fit = FellegiSunter.fit(patterns, new int[] {4, 4, 4}, uStart, n, 1000);
        assertThat(fit.lambda()).isCloseTo(lambda, within(0.01));
        for (int c = 0; c < 3; c++) {
            for (int l = 1; l < 4; l++) {
                assertThat(fit.m()[c][l]).as("m[%d][%d]", c, l).isCloseTo(m[c][l], within(0.02));
                assertThat(fit.uCandidates()[c][l]).as("u[%d][%d]", c, l).isCloseTo(u[c][l], within(0.02));
            }
        }
        assertThat(fit.weight()[0][1]).isGreaterThan(0);
        assertThat(fit.weight()[0][3]).isLessThan(0);
    }
}
