package id.jaring.enrollment.readiness;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The readiness of every AKTIF enrolment (or of one family's) in ONE set-based INSERT ... SELECT:
 * <ul>
 * <li>{@code kpm}: the families with an AKTIF enrolment;</li>
 * <li>{@code m}: per family, its current living members counted once (size, income, adults and
 * working adults, school-age children and those in school), no per-family subquery;</li>
 * <li>{@code fa}: each family's latest field assessment;</li>
 * <li>{@code v}: every indicator's value (null = missing); {@code s}: whether it is met (exact
 * comparisons: income against threshold x members, the school share as 100 x enrolled against
 * threshold x children); {@code t}: score, indicators met, missing, required met;</li>
 * </ul>
 * then one row per AKTIF enrolment of those families. Thresholds, weights and dates are bind
 * parameters; the code lists of {@link HouseholdCriteria} are constants; no user text in the SQL.
 * {@link ReadinessRules} reads the same way in Java.
 */
final class ReadinessSql {

    /** The statement and its parameters. */
    record Statement(String sql, Map<String, Object> params) {
    }

    private ReadinessSql() {
    }

    /** @param householdId null: every KPM; else that family's AKTIF enrolments only */
    static Statement insert(ReadinessSet set, LocalDate asOf, Instant computedAt, Long householdId) {
        AgeCutoffs ages = AgeCutoffs.on(asOf);
        Map<String, Object> params = new HashMap<>();
        params.put("adultBornBy", ages.adultBornBy());
        params.put("schoolBornBy", ages.schoolBornBy());
        params.put("schoolBornAfter", ages.schoolBornAfter());
        params.put("readyFrom", set.readyFrom());
        params.put("version", set.version());
        params.put("computedAt", Timestamp.from(computedAt));
        String family = "";
        if (householdId != null) {
            params.put("household", householdId);
            family = " and household_id = :household";
        }
        List<String> values = new ArrayList<>();
        List<String> mets = new ArrayList<>();
        List<String> points = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> required = new ArrayList<>();
        for (IndicatorWeight w : set.indicators()) {
            ReadinessIndicator indicator = w.catalogue();
            String key = indicator.name().toLowerCase();
            String threshold = "t_" + key;
            if (w.threshold() != null) {
                params.put(threshold, w.threshold());
            }
            params.put("w_" + key, w.weight());
            values.add(valueSql(indicator) + " as " + key);
            mets.add("coalesce(" + metSql(indicator, "(:" + threshold + ")::numeric") + ", false) as met_" + key);
            points.add("case when s.met_" + key + " then (:w_" + key + ")::numeric else 0 end");
            names.add("case when s.met_" + key + " then '" + indicator.name() + "' end");
            missing.add("(s." + key + " is null)::int");
            if (w.required()) {
                required.add("s.met_" + key);
            }
        }
        String sql = """
                insert into enrolment_readiness (enrolment_id, household_id, score,
                    label, indicators_met, indicators_missing, field_assessment_id, set_version, computed_at)
                with kpm as (
                    select distinct household_id from enrolment where status = 'AKTIF'%1$s),
                m as (
                    select hm.household_id,
                           count(*) as size,
                           sum(p.penghasilan_bulanan) as income,
                           count(p.penghasilan_bulanan) as income_known,
                           count(*) filter (where p.tanggal_lahir <= :adultBornBy) as adults,
                           count(*) filter (where p.tanggal_lahir <= :adultBornBy and %2$s is not null) as adults_known,
                           count(*) filter (where p.tanggal_lahir <= :adultBornBy and %2$s not in %3$s) as working,
                           count(*) filter (where %4$s) as school_age,
                           count(*) filter (where %4$s and p.jenjang_sekolah is null) as school_unknown,
                           count(*) filter (where %4$s and p.jenjang_sekolah in %5$s) as in_school
                    from kpm
                    join household_member hm on hm.household_id = kpm.household_id and hm.valid_to is null
                    join person p on p.id = hm.person_id and p.tanggal_meninggal is null
                    group by hm.household_id),
                fa as (
                    select distinct on (f.household_id) f.household_id, f.id, f.usaha, f.pangan, f.kesehatan, f.kesiapan
                    from field_assessment f join kpm on kpm.household_id = f.household_id
                    order by f.household_id, f.version desc),
                v as (
                    select kpm.household_id, fa.id as assessment_id, coalesce(m.size, 0) as size,
                           coalesce(m.income, 0) as income, coalesce(m.income_known, 0) as income_known,
                           coalesce(m.school_age, 0) as school_age, coalesce(m.school_unknown, 0) as school_unknown,
                           coalesce(m.in_school, 0) as in_school,
                           %6$s
                    from kpm
                    join household h on h.id = kpm.household_id
                    left join m on m.household_id = kpm.household_id
                    left join fa on fa.household_id = kpm.household_id),
                s as (
                    select v.*,
                           %7$s
                    from v),
                t as (
                    select s.household_id, s.assessment_id,
                           (%8$s)::numeric(7,2) as score,
                           array_remove(array[%9$s]::text[], null) as met,
                           (%10$s)::smallint as missing,
                           %11$s as required_met
                    from s)
                select e.id, e.household_id, t.score,
                       case when t.required_met and t.score >= (:readyFrom)::numeric then 'SIAP' else 'BELUM_SIAP' end,
                       t.met, t.missing, t.assessment_id, :version, :computedAt
                from enrolment e join t on t.household_id = e.household_id
                where e.status = 'AKTIF'%12$s
                """.formatted(family, HouseholdCriteria.occupationSql("p.pekerjaan"), HouseholdCriteria.sqlList(HouseholdCriteria.NOT_WORKING),
                "p.tanggal_lahir <= :schoolBornBy and p.tanggal_lahir > :schoolBornAfter",
                HouseholdCriteria.sqlList(HouseholdCriteria.IN_SCHOOL), String.join(",\n           ", values),
                String.join(",\n           ", mets), String.join("\n + ", points), String.join(", ", names),
                String.join(" + ", missing), required.isEmpty() ? "true" : String.join(" and ", required),
                householdId == null ? "" : " and e.household_id = :household");
        return new Statement(sql, params);
    }

    /** The indicator's value for a family, over {@code h} (household), {@code m} (members) and {@code fa}. */
    private static String valueSql(ReadinessIndicator indicator) {
        return switch (indicator) {
            case PENGHASILAN_PER_KAPITA -> "case when m.income_known > 0 then round(m.income::numeric / m.size, 2) end";
            case ANGGOTA_BEKERJA -> "case when coalesce(m.adults, 0) > 0 and m.adults_known = 0 then null else coalesce(m.working, 0) end";
            case RUMAH_LAYAK -> countOf(List.of(
                    "h.jenis_lantai in " + HouseholdCriteria.sqlList(HouseholdCriteria.DECENT_FLOORS),
                    "h.jenis_dinding in " + HouseholdCriteria.sqlList(HouseholdCriteria.DECENT_WALLS),
                    "h.jenis_atap in " + HouseholdCriteria.sqlList(HouseholdCriteria.DECENT_ROOFS),
                    "h.fasilitas_bab in " + HouseholdCriteria.sqlList(HouseholdCriteria.DECENT_TOILETS)),
                    "h.jenis_lantai, h.jenis_dinding, h.jenis_atap, h.fasilitas_bab");
            case ANAK_SEKOLAH -> "case when coalesce(m.school_unknown, 0) > 0 then null when coalesce(m.school_age, 0) = 0 then 100"
                    + " else round(100.0 * m.in_school / m.school_age, 2) end";
            case TABUNGAN_ASET -> countOf(List.of("h.aset_tabungan", "h.aset_emas", "h.aset_lahan",
                    "h.aset_ternak >= " + HouseholdCriteria.LIVESTOCK_FROM), "h.aset_tabungan, h.aset_emas, h.aset_lahan, h.aset_ternak");
            default -> "fa." + indicator.fieldColumn();
        };
    }

    /** Whether the value in {@code v} meets the threshold (null when it is missing: read as not met). */
    private static String metSql(ReadinessIndicator indicator, String threshold) {
        String value = "v." + indicator.name().toLowerCase();
        return switch (indicator) {
            case PENGHASILAN_PER_KAPITA -> "(v.income_known > 0 and v.income >= " + threshold + " * v.size)";
            case ANAK_SEKOLAH -> "(v.school_unknown = 0 and (v.school_age = 0 or 100 * v.in_school >= " + threshold
                    + " * v.school_age))";
            case ANGGOTA_BEKERJA, RUMAH_LAYAK, TABUNGAN_ASET -> value + " >= " + threshold;
            default -> value;
        };
    }

    /** How many of the conditions hold; null when every one of the columns is unknown. */
    private static String countOf(List<String> conditions, String columns) {
        StringBuilder sql = new StringBuilder("case when num_nonnulls(").append(columns).append(") = 0 then null else ");
        sql.append(String.join(" + ", conditions.stream().map(c -> "coalesce(" + c + ", false)::int").toList()));
        return sql.append(" end").toString();
    }
}
