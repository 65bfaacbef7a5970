package id.jaring.synth.internal;

import java.util.SplittableRandom;

/** Small, deterministic helpers over {@link SplittableRandom}. */
public final class Rand {

    private Rand() {
    }

    /** A random stream for one purpose and one index, independent of every other (seed, salt, index). */
    public static SplittableRandom stream(long seed, long salt, long index) {
        return new SplittableRandom(mix(mix(seed ^ 0x9E3779B97F4A7C15L * salt) + index));
    }

    /** SplitMix64 finaliser: a good 64-bit hash. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public static boolean chance(SplittableRandom r, double p) {
        return p > 0 && r.nextDouble() < p;
    }

    public static <T> T pick(SplittableRandom r, T[] items) {
        return items[r.nextInt(items.length)];
    }

    public static int between(SplittableRandom r, int lowInclusive, int highInclusive) {
        return lowInclusive + r.nextInt(highInclusive - lowInclusive + 1);
    }

    /** Index drawn from (not necessarily normalised) weights. */
    public static int weighted(SplittableRandom r, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Index into cumulative (normalised, ascending, last = 1) shares. */
    static int fromCumulative(double u, double[] cumulative) {
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    static double[] cumulative(double... shares) {
        double total = 0;
        for (double s : shares) {
            total += s;
        }
        double[] c = new double[shares.length];
        double run = 0;
        for (int i = 0; i < shares.length; i++) {
            run += shares[i];
            c[i] = run / total;
        }
        c[c.length - 1] = 1.0;
        return c;
    }

    /**
     * A category on a ladder ordered from poorest to richest, with the given population shares,
     * correlated with the standardised welfare {@code w} by {@code rho} (a Gaussian copula).
     */
    public static int ladder(SplittableRandom r, double w, double rho, double[] cumulativeShares) {
        double z = rho * w + Math.sqrt(1 - rho * rho) * r.nextGaussian();
        return fromCumulative(phi(z), cumulativeShares);
    }

    /** Standard normal CDF (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
    public static double phi(double x) {
        double t = 1 / (1 + 0.3275911 * Math.abs(x) / Math.sqrt(2));
        double y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592)
                * t * Math.exp(-x * x / 2);
        return x >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
    }
}
