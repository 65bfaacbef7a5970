package id.jaring.reporting;

/**
 * The coverage report's SQL, one statement per question, set-based over the whole region (no
 * per-family work in Java). The eligible families come as a CTE (the targeting module's query, in
 * the caller's region); served families are the programme's rows of the {@code kpm_active} view
 * (at most one per family: enrolment's partial unique index); families are read with their current
 * region, and served families are limited to the caller's region on it.
 */
final class CoverageSql {

    private CoverageSql() {
    }

    /** Per kab/kota of the family: eligible, served, both. */
    static String summary(CoverageBasis basis) {
        return """
                with eligible as (%s),
                     served as (select k.household_id as id from kpm_active k where k.programme_id = :cov_programme),
                     families as (select coalesce(e.id, s.id) as id, e.id is not null as eligible,
                                         s.id is not null as served
                                  from eligible e full join served s on s.id = e.id)
                select h.kabkota_code,
                       count(*) filter (where f.eligible),
                       count(*) filter (where f.served),
                       count(*) filter (where f.eligible and f.served)
                from families f join household h on h.id = f.id
                where %s
                group by h.kabkota_code
                order by h.kabkota_code
                """.formatted(basis.eligibleSql(), basis.scope().sql());
    }

    /** The families of a category after a household id ({@code :cov_after}), in id order. */
    static String families(CoverageBasis basis, CoverageCategory category) {
        String columns = "h.id, h.no_kk, h.kabkota_code, h.desa_code, h.status, r.desil, r.score";
        return switch (category) {
            case EXCLUSION -> """
                    with eligible as (%s)
                    select %s, cast(null as bigint) as enrolment_id
                    from eligible e
                    join household h on h.id = e.id
                    left join household_rank r on r.household_id = h.id
                    where not exists (select 1 from kpm_active k
                                      where k.programme_id = :cov_programme and k.household_id = h.id)
                      and h.id > :cov_after
                    order by h.id
                    """.formatted(basis.eligibleSql(), columns);
            case INCLUSION_ERROR -> """
                    with eligible as (%s)
                    select %s, k.enrolment_id
                    from kpm_active k
                    join household h on h.id = k.household_id
                    left join household_rank r on r.household_id = h.id
                    where k.programme_id = :cov_programme and %s
                      and not exists (select 1 from eligible e where e.id = h.id)
                      and h.id > :cov_after
                    order by h.id
                    """.formatted(basis.eligibleSql(), columns, basis.scope().sql());
        };
    }
}
