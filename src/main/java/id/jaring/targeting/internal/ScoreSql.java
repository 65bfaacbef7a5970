package id.jaring.targeting.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The ranking as one set-based statement: every active family's PMT score and desil in one pass
 * over {@code household} joined with a member summary aggregated once (no per-family subquery).
 *
 * <ul>
 * <li>{@code m}: per family, its current living members: size, dependants (under 15 or 60 and
 * over on the run's date), income, severe disability, the head's education and work;</li>
 * <li>{@code v}: each family's value of every variable (null = missing);</li>
 * <li>{@code s}: the score = sum of points, summed as whole thousandths of a point (exact: points
 * have at most 3 decimals), so the stored score alone explains the desil; and the number of
 * missing variables;</li>
 * </ul>
 * into a working table of scores ({@link #createScores}), then the desil from the distribution of
 * those scores ({@link #desilsOf}) into the new ranking table ({@link #createRanking}).
 * The weights become one CASE per variable whose codes, band starts and points are bind
 * parameters (never SQL text): a categorical value scores its code's points, a missing one the
 * missing points, a text not in an open list (work) the LAINNYA points; a numeric value scores
 * the band it falls in (the highest band start not above it; below the first band = the first
 * band; numeric values and band starts are compared as float8). CASE with parameters costs a few comparisons per row; looking the points up in arrays
 * was 3 to 4 times slower (measured: 290 ms against 75-115 ms per variable for 264,000 families).
 *
 * <p>CREATE TABLE AS (not INSERT ... SELECT) so that PostgreSQL may scan, join and aggregate
 * with parallel workers.
 */
final class ScoreSql {

    /**
     * The desil of each score of a table of scores ({@code kabkota_code, score}), as rows
     * {@code province, score, desil}; join them to the families with {@link #DESIL_JOIN}.
     * desil = 1 + floor(10 * (r - 1) / n), where n = the families of the province and r - 1 = the
     * number of them with a strictly lower score (r is SQL's {@code rank()}). Families with equal
     * scores get the same r, hence always the same desil, whatever their ids or the order of rows:
     * a tie across a boundary puts the whole tie into the lower desil (that desil then holds more
     * than 10 %). ntile() would split ties arbitrarily and is therefore not used.
     *
     * <p>Computed from the distribution of the scores (one row per province and distinct score,
     * with its number of families: a few thousand rows at most), not by a window over millions of
     * sorted families: no sort of the families, no spill to disk.
     */
    static String desilsOf(String scores) {
        return """
                select province, score,
                       1 + (10 * ((sum(families) over lower_or_equal)::bigint - families))
                           / (sum(families) over province)::bigint as desil
                from (select left(kabkota_code, 2) as province, score, count(*) as families
                      from %s group by 1, 2) distribution
                window province as (partition by province),
                       lower_or_equal as (partition by province order by score)""".formatted(scores);
    }

    /** Joins the families {@code s} to their score's row {@code d} of {@link #desilsOf}. */
    static final String DESIL_JOIN = "d.province = left(s.kabkota_code, 2) and d.score = s.score";

    /** The statement and its parameters. */
    record Statement(String sql, Map<String, Object> params) {
    }

    private ScoreSql() {
    }

    /**
     * CREATE UNLOGGED TABLE {@code table} AS every active family's score with the given (complete,
     * validated) weights: {@code household_id, kabkota_code, score} (whole thousandths of a point,
     * bigint) and {@code missing} (variables without a value). A working table of the run.
     */
    static Statement createScores(String table, List<Weight> weights, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        params.put("childBornAfter", today.minusYears(15));
        params.put("elderlyBornBy", today.minusYears(60));
        List<String> points = new ArrayList<>();
        for (PmtVariable variable : PmtVariable.values()) {
            List<Weight> mine = weights.stream().filter(w -> w.variable().equals(variable.key())).toList();
            points.add(variable.kind() == PmtVariable.Kind.BAND ? band(variable, mine, params)
                    : category(variable, mine, params));
        }
        String sql = """
                create unlogged table %s as
                with m as (
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
                    where h.status = 'AKTIF')
                select v.id::bigint as household_id, v.kabkota_code::text as kabkota_code,
                       (%s)::bigint as score,
                       (%s)::smallint as missing
                from v
                """.formatted(table, valueColumns(), String.join("\n             + ", points), missingCount());
        return new Statement(sql, params);
    }

    /**
     * CREATE TABLE {@code table} AS the ranking from a table of scores ({@link #createScores}): the
     * columns of household_rank, without constraints (the caller adds them).
     */
    static Statement createRanking(String table, String scores, int version, Instant computedAt) {
        Map<String, Object> params = new HashMap<>();
        params.put("version", version);
        params.put("computedAt", Timestamp.from(computedAt));
        String sql = """
                create table %s as
                select s.household_id, s.kabkota_code,
                       (s.score::numeric / 1000)::numeric(9,3) as score,
                       d.desil::smallint as desil, (:version)::integer as weights_version,
                       (:computedAt)::timestamptz as computed_at, s.missing as variables_missing
                from %s s
                join (%s) d on %s
                """.formatted(table, scores, desilsOf(scores), DESIL_JOIN);
        return new Statement(sql, params);
    }

    private static String category(PmtVariable variable, List<Weight> weights, Map<String, Object> params) {
        String value = "v." + variable.key();
        StringBuilder sql = new StringBuilder("case when ").append(value).append(" is null then ")
                .append(param(params, milli(missing(weights)))).append(" else case ").append(value);
        BigDecimal other = missing(weights);
        for (Weight w : weights) {
            if (w.category() == null) {
                continue;
            }
            if (PmtVariable.OTHER.equals(w.category())) {
                other = w.points();
            }
            sql.append(" when ").append(param(params, w.category())).append(" then ").append(param(params, milli(w.points())));
        }
        return sql.append(" else ").append(param(params, milli(other))).append(" end end").toString();
    }

    private static String band(PmtVariable variable, List<Weight> weights, Map<String, Object> params) {
        String value = "v." + variable.key();
        List<Weight> bands = weights.stream().filter(w -> w.bandFrom() != null)
                .sorted(Comparator.comparing(Weight::bandFrom).reversed()).toList();
        StringBuilder sql = new StringBuilder("case when ").append(value).append(" is null then ")
                .append(param(params, milli(missing(weights))));
        for (Weight w : bands) {
            sql.append(" when ").append(value).append(" >= ").append(param(params, w.bandFrom().doubleValue()))
                    .append(" then ").append(param(params, milli(w.points())));
        }
        BigDecimal first = bands.isEmpty() ? missing(weights) : bands.get(bands.size() - 1).points();
        return sql.append(" else ").append(param(params, milli(first))).append(" end").toString();
    }

    private static BigDecimal missing(List<Weight> weights) {
        return weights.stream().filter(Weight::isMissingValue).map(Weight::points).findFirst().orElse(BigDecimal.ZERO);
    }

    private static String param(Map<String, Object> params, Object value) {
        String name = "w" + params.size();
        params.put(name, value);
        return "(:" + name + ")::" + (value instanceof Long ? "bigint" : value instanceof Double ? "float8" : "text");
    }

    /** Points as whole thousandths (at most 3 decimals, checked by WeightRules): bigint sums are exact and cheap. */
    private static long milli(BigDecimal points) {
        return points.movePointRight(3).longValueExact();
    }

    /** Numeric values as float8: compared with the band starts without numeric arithmetic per row. */
    private static String valueColumns() {
        return java.util.Arrays.stream(PmtVariable.values())
                .map(v -> (v.kind() == PmtVariable.Kind.BAND ? "(" + v.valueSql() + ")::float8" : v.valueSql()) + " as " + v.key())
                .collect(Collectors.joining(",\n           "));
    }

    private static String missingCount() {
        return java.util.Arrays.stream(PmtVariable.values()).map(v -> "(v." + v.key() + " is null)::int")
                .collect(Collectors.joining(" + "));
    }
}
