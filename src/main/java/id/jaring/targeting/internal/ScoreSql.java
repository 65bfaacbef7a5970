package id.jaring.targeting.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The ranking as one set-based statement: every active family's PMT score and desil in one pass
 * over {@code household} joined with a member summary aggregated once (no per-family subquery).
 *
 * <ul>
 * <li>{@code w}: the weight set as one row of arrays per variable (codes or band starts, their
 * points, the missing points and, for open lists, the LAINNYA points);</li>
 * <li>{@code m}: per family, its current living members: size, dependants (under 15 or 60 and
 * over on the run's date), income, severe disability, the head's education and work;</li>
 * <li>{@code v}: each family's value of every variable (null = missing);</li>
 * <li>{@code s}: the score = sum of points, rounded to 3 decimals BEFORE ranking, so that the
 * stored score alone explains the desil; and the number of missing variables;</li>
 * <li>the desil ({@link #DESIL}).</li>
 * </ul>
 * A categorical value scores its code's points; a missing one the missing points; a text not in
 * an open list (work) the LAINNYA points. A numeric value scores the band it falls in
 * ({@code width_bucket} over the ascending band starts; below the first band = the first band).
 */
final class ScoreSql {

    /**
     * desil = 1 + floor(10 * (r - 1) / n), where n = active families in the province and r = 1 +
     * the number of them with a strictly lower score ({@code rank()}). Families with equal scores
     * get the same r, hence always the same desil, whatever their ids or the order of rows: a
     * tie across a boundary puts the whole tie into the lower desil (that desil then holds more
     * than 10 %). ntile() would split ties arbitrarily and is therefore not used.
     */
    static final String DESIL = "1 + (10 * (rank() over province_order - 1)) / count(*) over province";

    static final String WINDOWS = """
            window province as (partition by left(kabkota_code, 2)),
                   province_order as (partition by left(kabkota_code, 2) order by score)""";

    private ScoreSql() {
    }

    /**
     * Inserts the ranking into {@code target} (columns of household_rank). Parameters:
     * {@code version}, {@code computedAt}, {@code childBornAfter} (run date minus 15 years),
     * {@code elderlyBornBy} (run date minus 60 years).
     */
    static String insertInto(String target) {
        return """
                insert into %s (household_id, kabkota_code, score, desil, weights_version, computed_at, variables_missing)
                with w as (
                    select %s
                    from pmt_weight where weights_version = :version),
                m as (
                    select hm.household_id,
                           count(*) as size,
                           count(*) filter (where p.tanggal_lahir > :childBornAfter
                                              or p.tanggal_lahir <= :elderlyBornBy) as dependants,
                           sum(p.penghasilan_bulanan) as income,
                           count(p.penghasilan_bulanan) as income_known,
                           bool_or(p.disabilitas = 'BERAT') as severe,
                           max(p.pendidikan_terakhir) filter (where hm.hubungan_keluarga = 'KEPALA KELUARGA') as head_education,
                           nullif(max(upper(btrim(p.pekerjaan))) filter (where hm.hubungan_keluarga = 'KEPALA KELUARGA'), '') as head_work
                    from household_member hm
                    join person p on p.id = hm.person_id
                    where hm.valid_to is null and p.tanggal_meninggal is null
                    group by hm.household_id),
                v as (
                    select h.id, h.kabkota_code,
                           %s
                    from household h
                    left join m on m.household_id = h.id
                    where h.status = 'AKTIF'),
                s as (
                    select v.id, v.kabkota_code,
                           round(%s, 3) as score,
                           %s as missing
                    from v cross join w)
                select id, kabkota_code, score, %s, :version, :computedAt, missing
                from s
                %s
                """.formatted(target, weightColumns(), valueColumns(), pointsSum(), missingCount(), DESIL, WINDOWS);
    }

    private static String weightColumns() {
        return Arrays.stream(PmtVariable.values()).map(ScoreSql::weightColumns).collect(Collectors.joining(",\n           "));
    }

    private static String weightColumns(PmtVariable variable) {
        String mine = "variable = '" + variable.key() + "'";
        String k = variable.key();
        String missing = "max(points) filter (where " + mine + " and category is null and band_from is null) as " + k + "_m";
        if (variable.kind() == PmtVariable.Kind.BAND) {
            return "array_agg(band_from order by band_from) filter (where " + mine + " and band_from is not null) as " + k + "_b, "
                    + "array_agg(points order by band_from) filter (where " + mine + " and band_from is not null) as " + k + "_p, "
                    + missing;
        }
        return "array_agg(category order by category) filter (where " + mine + " and category is not null) as " + k + "_c, "
                + "array_agg(points order by category) filter (where " + mine + " and category is not null) as " + k + "_p, "
                + "max(points) filter (where " + mine + " and category = '" + PmtVariable.OTHER + "') as " + k + "_o, "
                + missing;
    }

    private static String valueColumns() {
        return Arrays.stream(PmtVariable.values()).map(v -> v.valueSql() + " as " + v.key())
                .collect(Collectors.joining(",\n           "));
    }

    private static String pointsSum() {
        return Arrays.stream(PmtVariable.values()).map(ScoreSql::points).collect(Collectors.joining("\n             + "));
    }

    private static String points(PmtVariable variable) {
        String k = variable.key();
        if (variable.kind() == PmtVariable.Kind.BAND) {
            return "case when v." + k + " is null then w." + k + "_m"
                    + " else coalesce(w." + k + "_p[width_bucket(v." + k + ", w." + k + "_b)], w." + k + "_p[1]) end";
        }
        return "coalesce(w." + k + "_p[array_position(w." + k + "_c, v." + k + ")],"
                + " case when v." + k + " is null then w." + k + "_m else coalesce(w." + k + "_o, w." + k + "_m) end)";
    }

    private static String missingCount() {
        return Arrays.stream(PmtVariable.values()).map(v -> "(v." + v.key() + " is null)::int")
                .collect(Collectors.joining(" + "));
    }
}
