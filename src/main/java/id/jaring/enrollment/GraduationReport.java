package id.jaring.enrollment;

import java.util.List;

/**
 * The tables of the graduation reports (docs/graduation.md, "Graduation reports"). Each is one
 * set-based query over the enrolments in the caller's reach ({@code base}: AKTIF and SELESAI
 * enrolments of the programmes the caller reaches, filtered by region), grouped in SQL.
 */
public enum GraduationReport {

    /** Ended enrolments per programme and exit kind. */
    KIND(List.of("programme", "kind", "families"), """
            select programme, exit_kind, count(*) from base where status = 'SELESAI'
            group by programme, exit_kind order by programme, exit_kind
            """),
    /** Graduations by kind and other exits per programme and kab/kota. */
    KABKOTA(columnsAfter("kabkota"), """
            select programme, kabkota_code, %s from base where status = 'SELESAI'
            group by programme, kabkota_code order by programme, kabkota_code
            """.formatted(GraduationReport.KIND_COUNTS)),
    /** The same per programme and year of the end date. */
    YEAR(columnsAfter("year"), """
            select programme, extract(year from end_date)::int, %s from base where status = 'SELESAI'
            group by 1, 2 order by 1, 2
            """.formatted(GraduationReport.KIND_COUNTS)),
    /**
     * MANDIRI proposals per pendamping (proposals by a user, source PENGGUNA: only a pendamping may
     * make them, EXIT_MANDIRI_PENDAMPING_ONLY): proposed, approved, rejected, still open.
     */
    PENDAMPING(List.of("programme", "pendamping", "proposed", "approved", "rejected", "open"), """
            select e.programme, x.proposed_by, count(*), count(*) filter (where x.status = 'DISETUJUI'),
                   count(*) filter (where x.status = 'DITOLAK'),
                   count(*) filter (where x.status in ('DIUSULKAN', 'DIVERIFIKASI'))
            from enrolment_exit x join base e on e.id = x.enrolment_id
            where x.kind = 'MANDIRI' and x.source = 'PENGGUNA'
            group by e.programme, x.proposed_by order by e.programme, x.proposed_by
            """),
    /** Time in the programme (start date to end date) per programme and exit kind. */
    DURATION(List.of("programme", "kind", "families", "avg_days", "avg_years", "min_days", "max_days"), """
            select programme, exit_kind, count(*), round(avg(end_date - start_date), 1),
                   round(avg(end_date - start_date) / 365.25, 2), min(end_date - start_date), max(end_date - start_date)
            from base where status = 'SELESAI'
            group by programme, exit_kind order by programme, exit_kind
            """),
    /** Of the families enrolled (started) in year Y: how they ended, or still KPM. */
    COHORT(List.of("programme", "cohort", "enrolled", "MANDIRI", "ALAMIAH", "BATAS_WAKTU", "exits", "still_kpm"), """
            select programme, extract(year from start_date)::int, count(*),
                   count(*) filter (where exit_kind = 'MANDIRI'), count(*) filter (where exit_kind = 'ALAMIAH'),
                   count(*) filter (where exit_kind = 'BATAS_WAKTU'),
                   count(*) filter (where exit_kind not in %s),
                   count(*) filter (where status = 'AKTIF')
            from base group by 1, 2 order by 1, 2
            """.formatted(ExitKind.GRADUATIONS_SQL)),
    /** Graduated families followed up per programme and kab/kota: desil known, ranked now, back in poverty. */
    FOLLOW_UP(List.of("programme", "kabkota", "graduated", "desil_at_end_known", "ranked_now", "fell_back"), """
            select e.programme, e.kabkota_code, count(*), count(e.desil_at_end), count(r.desil),
                   count(*) filter (where %s)
            from base e left join household_rank r on r.household_id = e.household_id
            where e.status = 'SELESAI' and e.exit_kind in %s
            group by 1, 2 order by 1, 2
            """.formatted(GraduationReport.FELL_BACK, ExitKind.GRADUATIONS_SQL));

    /**
     * Counts per graduation kind, the other exits and the total, for a group of ended enrolments. A
     * compile-time constant (the enum's constants use it before its other static fields exist), so
     * the kinds are spelt out here as in the columns.
     */
    static final String KIND_COUNTS = """
            count(*) filter (where exit_kind = 'MANDIRI'), count(*) filter (where exit_kind = 'ALAMIAH'),
            count(*) filter (where exit_kind = 'BATAS_WAKTU'),
            count(*) filter (where exit_kind not in ('MANDIRI', 'ALAMIAH', 'BATAS_WAKTU')), count(*)""";

    /**
     * "Kembali miskin": ranked now, and the desil now is at most the desil the family had when it was
     * approved (the programme's entry level; the rule is free text, so a programme has no target desil
     * of its own) or lower than its desil at graduation. Over {@code e} (enrolment) and {@code r} (its rank).
     */
    static final String FELL_BACK = """
            r.desil is not null and (r.desil <= (e.eligibility_result ->> 'desil')::smallint
                                     or r.desil < e.desil_at_end)""";

    private final List<String> columns;
    private final String sql;

    GraduationReport(List<String> columns, String sql) {
        this.columns = columns;
        this.sql = sql;
    }

    public List<String> columns() {
        return columns;
    }

    String sql() {
        return sql;
    }

    private static List<String> columnsAfter(String dimension) {
        return List.of("programme", dimension, "MANDIRI", "ALAMIAH", "BATAS_WAKTU", "exits", "total");
    }
}
