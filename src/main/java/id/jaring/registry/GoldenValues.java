package id.jaring.registry;

import java.time.OffsetDateTime;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Recomputes persons' golden values from their sources ({@code person_source}), the one rule
 * shared by the batch merge ({@link RegistryBatchMerge}) and the merge of two person records
 * ({@link PersonMerging}): per attribute the data steward's decision, else the highest-priority
 * agency ({@link SourcePriority}), else the most recent value; where sources disagree a
 * {@code person_conflict} is opened (or refreshed), and where they agree again it is cleared.
 * Values no source carries stay as they are. Runs in the caller's transaction; leaves the
 * temporary tables merge_cand and merge_attr for the caller's own counts.
 */
@Component
class GoldenValues {

    /** The person attributes that carry provenance and can conflict (names as in the files). */
    static final String PERSON_ATTRIBUTES = "nama,jenis_kelamin,tempat_lahir,tanggal_lahir,nama_ibu_kandung,"
            + "jenjang_sekolah,hamil,hpl,disabilitas,pekerjaan,penghasilan_bulanan,status_kawin";

    /** Every source's value of every attribute of the persons (%s: a SELECT of their person_id). */
    static final String CANDIDATES = """
            drop table if exists merge_cand;
            create temp table merge_cand on commit drop as
            select s.person_id, a.key attribute, a.value, s.agency_code, s.batch_id, s.row_number, s.received_at,
                   coalesce(array_position(string_to_array(:priority, ','), s.agency_code), 1000000) rank
            from (%s) m join person_source s on s.person_id = m.person_id
            cross join lateral jsonb_each_text(s.attrs) a
            where a.key = any (string_to_array(:attributes, ','))
            """;

    /**
     * One pass over the candidates per (person, attribute): whether the sources disagree (more
     * than one value, compared upper-cased and trimmed) and the best source's value (highest
     * priority, then most recent). The statements after it read this instead of grouping and
     * sorting the candidates again each.
     */
    static final String ATTRIBUTE_SUMMARY = """
            drop table if exists merge_attr;
            create temp table merge_attr on commit drop as
            select person_id, attribute,
                   -- as count(distinct upper(btrim(value))) > 1, and null when there is no value at all
                   min(upper(btrim(value))) <> max(upper(btrim(value))) disagree,
                   (array_agg(value order by rank, received_at desc))[1] best
            from merge_cand group by person_id, attribute;
            analyze merge_attr
            """;

    /**
     * Disagreements: opened, refreshed, or re-opened when the values changed since a decision. The
     * batch that raised it: the merging batch, or (:batch null, a person merge) the latest source's.
     */
    static final String RECORD_CONFLICTS = """
            insert into person_conflict as c (person_id, attribute, status, candidates, batch_id, created_at, updated_at, kabkota_code)
            select g.person_id, g.attribute, 'OPEN', g.candidates, coalesce(cast(:batch as bigint), g.latest_batch),
                   :now, :now, p.kabkota_code
            from (select person_id, attribute,
                         jsonb_agg(jsonb_build_object('agency', agency_code, 'value', value, 'batch', batch_id,
                                   'row', row_number, 'receivedAt', received_at) order by rank, received_at desc) candidates,
                         (array_agg(batch_id order by received_at desc))[1] latest_batch
                  from merge_cand
                  where (person_id, attribute) in (select person_id, attribute from merge_attr where disagree)
                  group by person_id, attribute) g
            join person p on p.id = g.person_id
            on conflict (person_id, attribute) do update set candidates = excluded.candidates,
                batch_id = excluded.batch_id, updated_at = excluded.updated_at,
                status = case when c.status = 'DECIDED' and c.chosen_value in
                                   (select e ->> 'value' from jsonb_array_elements(excluded.candidates) e)
                              then 'DECIDED' else 'OPEN' end,
                decided_at = case when c.status = 'DECIDED' and c.chosen_value in
                                   (select e ->> 'value' from jsonb_array_elements(excluded.candidates) e)
                              then c.decided_at end,
                decided_by = case when c.status = 'DECIDED' and c.chosen_value in
                                   (select e ->> 'value' from jsonb_array_elements(excluded.candidates) e)
                              then c.decided_by end
            """;

    /**
     * Sources agree again (a corrected file): the open conflict is gone, and so is a decision for
     * a value that no source holds any more (else it would keep overriding what all sources say).
     */
    static final String CLEAR_SETTLED_CONFLICTS = """
            delete from person_conflict c using merge_attr a
            where c.person_id = a.person_id and c.attribute = a.attribute and not a.disagree
              and (c.status = 'OPEN' or upper(btrim(c.chosen_value)) is distinct from upper(btrim(a.best)))
            """;

    /**
     * The golden value per attribute: the steward's decision, else the highest-priority source,
     * else the most recent. Only values that differ from the registry's are written.
     */
    static final String UPDATE_GOLDEN = """
            with best as (
                select a.person_id, a.attribute, case when pc.status = 'DECIDED' then pc.chosen_value else a.best end as value
                from merge_attr a
                left join person_conflict pc on pc.person_id = a.person_id and pc.attribute = a.attribute
            ), golden as (
                select person_id,
                    max(value) filter (where attribute = 'nama') nama,
                    max(value) filter (where attribute = 'jenis_kelamin') jenis_kelamin,
                    max(value) filter (where attribute = 'tempat_lahir') tempat_lahir,
                    max(value) filter (where attribute = 'tanggal_lahir')::date tanggal_lahir,
                    max(value) filter (where attribute = 'nama_ibu_kandung') nama_ibu_kandung,
                    max(value) filter (where attribute = 'jenjang_sekolah') jenjang_sekolah,
                    max(value) filter (where attribute = 'hamil')::boolean hamil,
                    max(value) filter (where attribute = 'hpl')::date hpl,
                    max(value) filter (where attribute = 'disabilitas') disabilitas,
                    max(value) filter (where attribute = 'pekerjaan') pekerjaan,
                    max(value) filter (where attribute = 'penghasilan_bulanan')::bigint penghasilan_bulanan,
                    max(value) filter (where attribute = 'status_kawin') status_kawin
                from best group by person_id
            ), next as (
                select p.id,
                    coalesce(g.nama, p.nama) nama, coalesce(g.jenis_kelamin, p.jenis_kelamin) jenis_kelamin,
                    coalesce(g.tempat_lahir, p.tempat_lahir) tempat_lahir,
                    coalesce(g.tanggal_lahir, p.tanggal_lahir) tanggal_lahir,
                    coalesce(g.nama_ibu_kandung, p.nama_ibu_kandung) nama_ibu_kandung,
                    coalesce(g.jenjang_sekolah, p.jenjang_sekolah) jenjang_sekolah,
                    coalesce(g.hamil, p.hamil) hamil, coalesce(g.hpl, p.hpl) hpl,
                    coalesce(g.disabilitas, p.disabilitas) disabilitas, coalesce(g.pekerjaan, p.pekerjaan) pekerjaan,
                    coalesce(g.penghasilan_bulanan, p.penghasilan_bulanan) penghasilan_bulanan,
                    coalesce(g.status_kawin, p.status_kawin) status_kawin
                from golden g join person p on p.id = g.person_id
            )
            update person p set nama = n.nama, jenis_kelamin = n.jenis_kelamin, tempat_lahir = n.tempat_lahir,
                tanggal_lahir = n.tanggal_lahir, nama_ibu_kandung = n.nama_ibu_kandung,
                jenjang_sekolah = n.jenjang_sekolah, hamil = n.hamil and n.jenis_kelamin = 'P',
                hpl = case when n.hamil and n.jenis_kelamin = 'P' then n.hpl end,
                disabilitas = n.disabilitas, pekerjaan = n.pekerjaan, penghasilan_bulanan = n.penghasilan_bulanan,
                status_kawin = n.status_kawin, updated_at = :now, version = p.version + 1
            from next n
            where n.id = p.id and (p.nama, p.jenis_kelamin, p.tempat_lahir, p.tanggal_lahir, p.nama_ibu_kandung,
                  p.jenjang_sekolah, p.hamil, p.hpl, p.disabilitas, p.pekerjaan, p.penghasilan_bulanan, p.status_kawin)
                is distinct from (n.nama, n.jenis_kelamin, n.tempat_lahir, n.tanggal_lahir, n.nama_ibu_kandung,
                  n.jenjang_sekolah, n.hamil and n.jenis_kelamin = 'P',
                  case when n.hamil and n.jenis_kelamin = 'P' then n.hpl end, n.disabilitas, n.pekerjaan,
                  n.penghasilan_bulanan, n.status_kawin)
            """;

    private final JdbcClient jdbc;
    private final SourcePriority priority;

    GoldenValues(JdbcClient jdbc, SourcePriority priority) {
        this.jdbc = jdbc;
        this.priority = priority;
    }

    /**
     * @param persons a SELECT whose one column {@code person_id} names the persons (fixed SQL of
     *        the caller, never user input), with its named parameters in {@code params}
     * @param batchId the batch whose values are merging, or null (conflicts then name the
     *        latest source's batch)
     * @return how many persons' golden values changed (their version is raised)
     */
    long recompute(String persons, Map<String, ?> params, Long batchId, OffsetDateTime now) {
        var candidates = jdbc.sql(CANDIDATES.formatted(persons)).param("priority", priority.asSqlList())
                .param("attributes", PERSON_ATTRIBUTES);
        for (var param : params.entrySet()) {
            candidates = candidates.param(param.getKey(), param.getValue());
        }
        candidates.update();
        jdbc.sql(ATTRIBUTE_SUMMARY).update();
        jdbc.sql(RECORD_CONFLICTS).param("batch", batchId, java.sql.Types.BIGINT).param("now", now).update();
        jdbc.sql(CLEAR_SETTLED_CONFLICTS).update();
        return jdbc.sql(UPDATE_GOLDEN).param("now", now).update();
    }
}
