package id.jaring.registry;

/**
 * The set-based SQL of {@link RegistryBatchMerge}, in the order it runs. Everything works on the
 * temporary table merge_in (the batch's rows) inside the caller's transaction.
 */
final class MergeStatements {

    private MergeStatements() {
    }

    static final String CREATE_INPUT = """
            drop table if exists merge_raw;
            create temp table merge_raw (
                row_number bigint not null, record_id text, nik text, no_kk text, nama text, jenis_kelamin text,
                tempat_lahir text, tanggal_lahir date, hubungan_keluarga text, nama_ibu_kandung text, alamat text,
                rt text, rw text, desa_code text, jenjang_sekolah text, hamil boolean, hpl date, disabilitas text,
                pekerjaan text, penghasilan_bulanan bigint, status_kawin text, extra jsonb, linked_person_id bigint
            ) on commit drop
            """;

    static final String COPY_INPUT = """
            copy merge_raw (row_number, record_id, nik, no_kk, nama, jenis_kelamin, tempat_lahir, tanggal_lahir,
                hubungan_keluarga, nama_ibu_kandung, alamat, rt, rw, desa_code, jenjang_sekolah, hamil, hpl,
                disabilitas, pekerjaan, penghasilan_bulanan, status_kawin, extra) from stdin (format csv)
            """;

    /** Rows outside the caller's region (the intake rejects them; this is the registry's own guard). */
    static final String OUT_OF_SCOPE = """
            select count(*) from merge_raw where desa_code is null or desa_code not like :pattern
            """;

    /**
     * The batch's families (one row per No. KK: the head's row, else the first): found among the
     * active households, or numbered as new ones. Whether a known family already has a head.
     * New ids come from the identity sequences named as literals (resolved once when the
     * statement is planned): {@code pg_get_serial_sequence} per row looked the name up a million
     * times (2.5 s of CPU for a million persons).
     */
    static final String FAMILIES = """
            drop table if exists merge_kk;
            create temp table merge_kk on commit drop as
            select k.no_kk, k.desa_code, k.alamat, k.rt, k.rw,
                   coalesce(h.id, nextval('household_id_seq')) household_id,
                   h.id is null is_new, coalesce(h.kabkota_code, left(k.desa_code, 5)) kabkota_code,
                   h.id is not null and exists (select 1 from household_member x where x.household_id = h.id
                       and x.valid_to is null and x.hubungan_keluarga = 'KEPALA KELUARGA') has_head
            from (select distinct on (no_kk) no_kk, desa_code, alamat, rt, rw
                  from merge_raw where no_kk is not null and desa_code is not null
                  order by no_kk, (hubungan_keluarga = 'KEPALA KELUARGA') desc, row_number) k
            left join household h on h.no_kk = k.no_kk::char(16) and h.status = 'AKTIF'
            """;

    /**
     * The linkage seam: each row's person. Exact NIK (a living holder first), then the agency's
     * own record id for rows without a NIK or persons without one, then the person a record
     * linkage found (linked_person_id, when the caller sent one and the person exists). The NIK
     * comes first: it is unique among the living, and a row linked to another person would carry
     * its NIK there (FILL_MISSING_NIK) against the holder's. A person claimed by two rows keeps
     * the strongest claim (exact NIK, then record id, then linkage; then the first row): a row
     * with the holder's NIK made new would give the NIK a second living holder. The others, and
     * rows matching nobody, are numbered as new persons. Built in one
     * pass (no updates of a million-row table).
     */
    static final String PERSONS_OF_ROWS = """
            drop table if exists merge_in;
            create temp table merge_in on commit drop as
            with matched as (
                select r.*, coalesce(n.id, s.person_id, l.id) matched_id,
                       case when n.id is not null then 1 when s.person_id is not null then 2 else 3 end match_rank
                from merge_raw r
                left join person l on l.id = r.linked_person_id and l.merged_into is null
                left join (select distinct on (p.nik) p.nik, p.id from person p
                           where p.nik in (select nik::char(16) from merge_raw where nik is not null)
                             and p.merged_into is null
                           order by p.nik, (p.tanggal_meninggal is null) desc, p.id) n
                       on r.nik is not null and n.nik = r.nik::char(16)
                left join (select distinct on (s.record_id) s.record_id, s.person_id, p.nik person_nik
                           from person_source s join person p on p.id = s.person_id
                           where s.agency_code = :agency and s.record_id is not null
                             and s.record_id in (select record_id from merge_raw where record_id is not null)
                           order by s.record_id, s.received_at desc) s
                       on n.id is null and r.record_id is not null and s.record_id = r.record_id
                          and (r.nik is null or s.person_nik is null)
            ), claimed_twice as (
                select matched_id, (array_agg(row_number order by match_rank, row_number))[1] first_row
                from matched where matched_id is not null
                group by matched_id having count(*) > 1
            ), first_claim as (
                select m.*, case when d.first_row is null or d.first_row = m.row_number then m.matched_id end person_match
                from matched m left join claimed_twice d on d.matched_id = m.matched_id
            )
            select f.row_number, f.record_id, f.nik, f.no_kk, f.nama, f.jenis_kelamin, f.tempat_lahir, f.tanggal_lahir,
                   f.hubungan_keluarga, f.nama_ibu_kandung, f.alamat, f.rt, f.rw, f.desa_code, f.jenjang_sekolah, f.hamil,
                   f.hpl, f.disabilitas, f.pekerjaan, f.penghasilan_bulanan, f.status_kawin, f.extra,
                   coalesce(f.person_match, nextval('person_id_seq')) person_id,
                   f.person_match is null is_new, k.household_id
            from first_claim f left join merge_kk k on k.no_kk = f.no_kk
            """;

    static final String COUNT_NEW = """
            select (select count(*) from merge_in where is_new), (select count(*) from merge_in),
                   (select count(*) from merge_kk where is_new)
            """;

    /**
     * Indexes of the tables a first load fills that no constraint owns: the secondary ones and the
     * unique partial ones (one living person per NIK, one current family per person, one head per
     * family). Re-creating a unique index checks it over the whole table, so a first load still
     * fails as a whole when it would break one.
     */
    static final String FIRST_LOAD_INDEXES = """
            select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
            from pg_index i
            where i.indrelid in ('household'::regclass, 'person'::regclass, 'household_member'::regclass,
                                 'person_source'::regclass)
              and not i.indisprimary and not i.indisexclusion
              and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
            order by 1
            """;

    /**
     * The constraints of the tables a first load fills that are cheaper checked once afterwards:
     * their foreign keys (to region, household and person), which per row cost more than the
     * inserts themselves (ADD CONSTRAINT checks every row at once with one join), and the primary
     * keys no table outside them refers to (person_source, household_member: their index is
     * built by one sort). Foreign keys first: they are dropped first and restored last.
     */
    static final String FIRST_LOAD_CONSTRAINTS = """
            select c.conrelid::regclass::text, quote_ident(c.conname), pg_get_constraintdef(c.oid)
            from pg_constraint c
            where c.conrelid in ('household'::regclass, 'person'::regclass, 'household_member'::regclass,
                                 'person_source'::regclass)
              and (c.contype = 'f'
                   or c.contype in ('p', 'u') and not exists (
                       select 1 from pg_constraint r where r.contype = 'f' and r.confrelid = c.conrelid))
            order by c.contype = 'f' desc, 1, 2
            """;

    static final String INSERT_FAMILIES = """
            insert into household (id, no_kk, kabkota_code, desa_code, alamat, rt, rw, status, created_at, updated_at)
            select household_id, no_kk, kabkota_code, desa_code, coalesce(alamat, ''), rt, rw, 'AKTIF', :now, :now
            from merge_kk where is_new
            """;

    static final String INSERT_PERSONS = """
            insert into person (id, nik, nama, jenis_kelamin, tempat_lahir, tanggal_lahir, nama_ibu_kandung,
                jenjang_sekolah, status_kawin, hamil, hpl, disabilitas, pekerjaan, penghasilan_bulanan,
                kabkota_code, desa_code, created_at, updated_at)
            select person_id, nik, nama, jenis_kelamin, tempat_lahir, tanggal_lahir, nama_ibu_kandung,
                jenjang_sekolah, status_kawin, coalesce(hamil, false),
                case when coalesce(hamil, false) and jenis_kelamin = 'P' then hpl end,
                coalesce(disabilitas, 'TIDAK_ADA'), pekerjaan, penghasilan_bulanan,
                left(desa_code, 5), desa_code, :now, :now
            from merge_in where is_new
            """;

    /** A NIK-less person found again by record id gets the NIK the agency now sends. */
    static final String FILL_MISSING_NIK = """
            update person p set nik = m.nik, updated_at = :now, version = p.version + 1
            from merge_in m where m.person_id = p.id and not m.is_new and p.nik is null and m.nik is not null
            """;

    /**
     * Memberships for persons who live in no family yet. A second head for a family that has one
     * is left out (counted), as is anyone who already lives in another family: moving people
     * between families is the steward's decision, not a file's. New persons need no look-up.
     */
    static final String INSERT_MEMBERSHIPS = """
            insert into household_member (household_id, person_id, hubungan_keluarga, valid_from, kabkota_code)
            select m.household_id, m.person_id, coalesce(m.hubungan_keluarga, 'LAINNYA'), :today, k.kabkota_code
            from (select household_id, person_id, is_new, hubungan_keluarga,
                         case when hubungan_keluarga = 'KEPALA KELUARGA' then row_number() over (
                             partition by household_id, hubungan_keluarga = 'KEPALA KELUARGA' order by row_number) end head_rank
                  from merge_in where household_id is not null) m
            join merge_kk k on k.household_id = m.household_id
            where (m.is_new or not exists (select 1 from household_member cur
                                           where cur.person_id = m.person_id and cur.valid_to is null))
              and (m.hubungan_keluarga is distinct from 'KEPALA KELUARGA' or (m.head_rank = 1 and not k.has_head))
            """;

    static final String PERSONS_WITH_FAMILY = "select count(*) from merge_in where household_id is not null";

    /**
     * Every row's values as its agency sent them (nulls left out), per person and agency. JSON_OBJECT
     * ... ABSENT ON NULL builds the same jsonb as jsonb_strip_nulls(jsonb_build_object(...)) in one
     * pass instead of building it and then rebuilding it without the nulls.
     */
    private static final String SOURCE_ROWS = """
            select person_id, :agency, :batch, row_number, record_id, :now, json_object(
                'nama': nama, 'jenis_kelamin': jenis_kelamin, 'tempat_lahir': tempat_lahir, 'tanggal_lahir': tanggal_lahir,
                'nama_ibu_kandung': nama_ibu_kandung, 'jenjang_sekolah': jenjang_sekolah, 'hamil': hamil, 'hpl': hpl,
                'disabilitas': disabilitas, 'pekerjaan': pekerjaan, 'penghasilan_bulanan': penghasilan_bulanan,
                'status_kawin': status_kawin, 'nik': nik, 'no_kk': no_kk, 'hubungan_keluarga': hubungan_keluarga,
                'alamat': alamat, 'rt': rt, 'rw': rw, 'kode_wilayah': desa_code, 'source_attributes': extra
                absent on null returning jsonb)
            """;

    /** Provenance of new persons: nobody can hold a source row for an id just taken from the sequence. */
    static final String INSERT_NEW_SOURCES = """
            insert into person_source (person_id, agency_code, batch_id, row_number, record_id, received_at, attrs)
            """ + SOURCE_ROWS + """
            from merge_in where is_new
            """;

    /** Provenance of known persons: the agency's earlier row for the person is replaced. */
    static final String UPSERT_SOURCES = """
            insert into person_source (person_id, agency_code, batch_id, row_number, record_id, received_at, attrs)
            """ + SOURCE_ROWS + """
            from merge_in where not is_new
            on conflict (person_id, agency_code) do update set batch_id = excluded.batch_id,
                row_number = excluded.row_number, record_id = excluded.record_id,
                received_at = excluded.received_at, attrs = excluded.attrs
            """;

    static final String COUNT_CONFLICTS = """
            select count(*) from person_conflict c join merge_in m on m.person_id = c.person_id and not m.is_new
            where c.status = 'OPEN'
            """;
}

