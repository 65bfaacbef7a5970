package id.jaring.synth.internal;

/**
 * The distribution of families' latent welfare, known in closed form (a mixture of normal
 * distributions, one per kab/kota and desa/kelurahan kind, weighted as families are spread), so
 * that a streaming generator can tell a family's desil without seeing everyone first.
 */
public final class WelfareDistribution {

    private final double[] weights;
    private final double[] means;

    private WelfareDistribution(double[] weights, double[] means) {
        this.weights = weights;
        this.means = means;
    }

    public static WelfareDistribution of(RegionTable regions) {
        int n = regions.kabKota().size();
        double[] weights = new double[2 * n];
        double[] means = new double[2 * n];
        double total = regions.kabKota().stream().mapToDouble(RegionTable.KabKota::population).sum();
        for (RegionTable.KabKota kab : regions.kabKota()) {
            double[] cumulative = kab.desaCumulative();
            double urbanShare = 0;
            for (int i = 0; i < cumulative.length; i++) {
                if (kab.desa().get(i).kelurahan()) {
                    urbanShare += cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
                }
            }
            double share = kab.population() / total;
            weights[2 * kab.index()] = share * urbanShare;
            means[2 * kab.index()] = kab.welfareShift() + FamilyIterator.URBAN_WELFARE_SHIFT;
            weights[2 * kab.index() + 1] = share * (1 - urbanShare);
            means[2 * kab.index() + 1] = kab.welfareShift() + FamilyIterator.RURAL_WELFARE_SHIFT;
        }
        return new WelfareDistribution(weights, means);
    }

    /** Share of families with welfare below w. */
    public double cdf(double w) {
        double p = 0;
        for (int i = 0; i < weights.length; i++) {
            p += weights[i] * Rand.phi(w - means[i]);
        }
        return p;
    }

    /** The welfare below which a share p of families lie (p = 0.4: the top of desil 4). */
    public double quantile(double p) {
        double low = -8;
        double high = 8;
        for (int i = 0; i < 60; i++) {
            double mid = (low + high) / 2;
            if (cdf(mid) < p) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    /** Desil 1 (poorest tenth) to 10. */
    public int desil(double w) {
        return Math.min(10, 1 + (int) (cdf(w) * 10));
    }
}
