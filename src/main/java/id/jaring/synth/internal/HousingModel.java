package id.jaring.synth.internal;

import java.util.SplittableRandom;

import id.jaring.synth.Housing;

/**
 * Dwelling and assets drawn from the family's latent welfare, each variable on a ladder from
 * poorest to richest with Banten-like shares (Susenas/DTKS), so a proxy-means test on them can
 * rank families again.
 */
final class HousingModel {

    static final String[] TENURE = {"MILIK SENDIRI", "KONTRAK/SEWA", "BEBAS SEWA", "DINAS", "LAINNYA"};
    static final double[] TENURE_RURAL = {88, 3, 8, 0.5, 0.5};
    static final double[] TENURE_URBAN = {64, 26, 8, 1, 1};

    static final String[] FLOOR = {"TANAH", "BAMBU", "KAYU/PAPAN", "SEMEN/BATA MERAH", "UBIN/TEGEL", "KERAMIK",
            "PARKET/VINIL", "MARMER/GRANIT"};
    static final double[] FLOOR_SHARES = Rand.cumulative(3, 1, 2, 14, 8, 68, 1, 3);
    static final String[] WALL = {"BAMBU", "ANYAMAN BAMBU", "KAYU/PAPAN", "PLESTERAN ANYAMAN BAMBU/KAWAT", "TEMBOK"};
    static final double[] WALL_SHARES = Rand.cumulative(2, 5, 4, 2, 87);
    static final String[] ROOF = {"JERAMI/IJUK/DAUN", "BAMBU", "SENG", "ASBES", "GENTENG", "BETON"};
    static final double[] ROOF_SHARES = Rand.cumulative(0.5, 0.5, 4, 10, 80, 5);
    static final String[] WATER = {"AIR SUNGAI/DANAU", "MATA AIR TAK TERLINDUNG", "SUMUR TAK TERLINDUNG",
            "MATA AIR TERLINDUNG", "SUMUR TERLINDUNG", "SUMUR BOR/POMPA", "LEDENG", "AIR ISI ULANG",
            "AIR KEMASAN BERMEREK"};
    static final double[] WATER_SHARES = Rand.cumulative(1, 2, 5, 3, 14, 20, 6, 40, 9);
    static final String[] LIGHTING = {"BUKAN LISTRIK", "LISTRIK NON-PLN", "LISTRIK PLN TANPA METERAN",
            "LISTRIK PLN DENGAN METERAN"};
    static final double[] LIGHTING_SHARES = Rand.cumulative(0.3, 0.5, 4, 95.2);
    static final int[] POWER_VA = {450, 900, 1300, 2200, 3500, 5500};
    static final double[] POWER_SHARES = Rand.cumulative(30, 40, 18, 8, 3, 1);
    static final String[] COOKING = {"KAYU BAKAR", "MINYAK TANAH", "GAS ELPIJI 3 KG", "TIDAK MEMASAK",
            "GAS ELPIJI 5,5/12 KG", "LISTRIK"};
    static final double[] COOKING_SHARES = Rand.cumulative(8, 1, 80, 1, 8, 2);
    static final String[] TOILET = {"TIDAK ADA", "UMUM", "BERSAMA", "SENDIRI"};
    static final double[] TOILET_SHARES = Rand.cumulative(3, 2, 8, 87);
    static final double[] MOTOR_SHARES = Rand.cumulative(20, 50, 25, 5);
    static final double[] CAR_SHARES = Rand.cumulative(85, 13, 2);

    private HousingModel() {
    }

    static Housing draw(SplittableRandom r, double w, boolean urban) {
        String tenure = TENURE[Rand.weighted(r, urban ? TENURE_URBAN : TENURE_RURAL)];
        int area = (int) Math.max(9, Math.round((urban ? 45 : 38) * Math.exp(0.3 * w + 0.35 * r.nextGaussian())));
        int lighting = Rand.ladder(r, w, 0.5, LIGHTING_SHARES);
        int power = lighting == LIGHTING.length - 1 ? POWER_VA[Rand.ladder(r, w, 0.75, POWER_SHARES)] : 0;
        boolean rural = !urban;
        return new Housing(tenure, area,
                FLOOR[Rand.ladder(r, w, 0.65, FLOOR_SHARES)],
                WALL[Rand.ladder(r, w, 0.6, WALL_SHARES)],
                ROOF[Rand.ladder(r, w, 0.5, ROOF_SHARES)],
                WATER[Rand.ladder(r, w, 0.55, WATER_SHARES)],
                LIGHTING[lighting], power,
                COOKING[Rand.ladder(r, w, 0.55, COOKING_SHARES)],
                TOILET[Rand.ladder(r, w, 0.6, TOILET_SHARES)],
                yes(r, w, 0.3, rural ? 0.35 : 0.08),
                yes(r, w, 0.1, rural ? 0.25 : 0.03) ? 1 + r.nextInt(r.nextInt(4) == 0 ? 10 : 3) : 0,
                Rand.ladder(r, w, 0.6, MOTOR_SHARES),
                Rand.ladder(r, w, 0.75, CAR_SHARES),
                yes(r, w, 0.7, 0.70),
                yes(r, w, 0.6, 0.25),
                yes(r, w, 0.65, 0.40));
    }

    private static boolean yes(SplittableRandom r, double w, double rho, double share) {
        return Rand.ladder(r, w, rho, new double[] {1 - share, 1}) == 1;
    }
}
