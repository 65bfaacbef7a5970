-- Issue 6: the end of an enrolment, numbered slots, replacement and the exit workflow.

-- 1. An enrolment ends: status SELESAI with end_date (the day it was decided: the family is no
--    longer a KPM from that day) and exit_kind (why). The checks on the status are replaced.
do $$
declare c record;
begin
    for c in select conname from pg_constraint
             where conrelid = 'enrolment'::regclass and contype = 'c'
               and (pg_get_constraintdef(oid) like '%DIUSULKAN%AKTIF%DITOLAK%'
                    or pg_get_constraintdef(oid) like '%start_date IS NOT NULL%')
    loop
        execute format('alter table enrolment drop constraint %I', c.conname);
    end loop;
end $$;

alter table enrolment
    add column end_date date,
    add column exit_kind text check (exit_kind in ('MANDIRI', 'ALAMIAH', 'BATAS_WAKTU', 'MENINGGAL', 'PINDAH_KELUAR',
                                                   'DUPLIKAT', 'TIDAK_LAYAK', 'TIDAK_PATUH', 'MENGUNDURKAN_DIRI')),
    -- the numbered slot (1..quota) of the programme in the kab/kota that the KPM holds, assigned at
    -- approval (the lowest free number, under the quota row's lock) and kept after the end for the ledger
    add column slot_no integer check (slot_no >= 1),
    -- a proposal made to hand on the slot of this ended enrolment
    add column replaces_enrolment_id bigint references enrolment (id),
    -- the data steward let a family that graduated recently be proposed again (re-entry guard)
    add column reentry_override_reason text,
    add column reentry_override_by text;

alter table enrolment
    add constraint enrolment_status_check check (status in ('DIUSULKAN', 'AKTIF', 'DITOLAK', 'SELESAI')),
    add constraint enrolment_started_check check ((status in ('AKTIF', 'SELESAI')) = (start_date is not null)),
    add constraint enrolment_ended_check check ((status = 'SELESAI') = (end_date is not null and exit_kind is not null)),
    add constraint enrolment_end_after_start_check check (end_date is null or end_date >= start_date);

-- KPM enrolled before slots existed get numbers in the order they started.
update enrolment e set slot_no = n.slot_no
from (select id, row_number() over (partition by programme_id, kabkota_code order by start_date, id) as slot_no
      from enrolment where status = 'AKTIF') n
where e.id = n.id;

alter table enrolment add constraint enrolment_slot_check check (status not in ('AKTIF', 'SELESAI') or slot_no is not null);
-- one holder per slot at a time: the last guard behind the quota row lock
create unique index enrolment_slot_uq on enrolment (programme_id, kabkota_code, slot_no) where status = 'AKTIF';
create index enrolment_ledger_idx on enrolment (programme_id, kabkota_code, slot_no, start_date) where slot_no is not null;
create index enrolment_replaces_idx on enrolment (replaces_enrolment_id) where replaces_enrolment_id is not null;

-- 2. Exits and graduations: one row per proposal and its decision.
create table enrolment_exit (
    id                 bigint generated always as identity primary key,
    enrolment_id       bigint      not null references enrolment (id),
    programme_id       bigint      not null,
    household_id       bigint      not null,
    kabkota_code       text        not null check (kabkota_code ~ '^[0-9]{2}\.[0-9]{2}$'),
    desa_code          text        not null,
    kind               text        not null check (kind in ('MANDIRI', 'ALAMIAH', 'BATAS_WAKTU', 'MENINGGAL',
                                                            'PINDAH_KELUAR', 'DUPLIKAT', 'TIDAK_LAYAK', 'TIDAK_PATUH',
                                                            'MENGUNDURKAN_DIRI')),
    status             text        not null check (status in ('DIUSULKAN', 'DIVERIFIKASI', 'DISETUJUI', 'DITOLAK')),
    -- PENGGUNA: a user's proposal; PERNYATAAN_KELUARGA: a user recorded the family's own declaration;
    -- SISTEM: the daily job (time limit, natural graduation)
    source             text        not null check (source in ('PENGGUNA', 'PERNYATAAN_KELUARGA', 'SISTEM')),
    reason             text        not null,
    proposed_by_id     bigint      not null,   -- 0: the system
    proposed_by        text        not null,
    proposed_at        timestamptz not null,
    verified_by_id     bigint,                 -- verivali (MANDIRI only)
    verified_by        text,
    verified_at        timestamptz,
    verification_note  text,
    decided_by_id      bigint,
    decided_by         text,
    decided_at         timestamptz,
    decision_reason    text,
    exit_date          date,                   -- the enrolment's end date, once approved
    -- what the proposal rested on: the family as the registry gave it (no names, no NIK), what the
    -- registry says about the kind (a death, status PINDAH or DUPLIKAT) and, for the system's
    -- proposals, the job's own evidence
    evidence           jsonb       not null,
    -- the programme's eligibility rule in force evaluated for the family (rule version and result)
    eligibility_result jsonb,
    -- the same family snapshot taken again at the decision
    decision_evidence  jsonb,
    -- the readiness assessment the proposal refers to (filled by the readiness part)
    assessment         jsonb,
    updated_at         timestamptz not null,
    check ((status = 'DISETUJUI') = (exit_date is not null)),
    check (status in ('DIUSULKAN', 'DIVERIFIKASI') or decided_by_id is not null),
    check (status <> 'DIVERIFIKASI' or verified_by_id is not null),
    check (kind <> 'MANDIRI' or status <> 'DISETUJUI' or verified_by_id is not null),
    check (verified_by_id is null or verified_by_id <> proposed_by_id),
    -- maker-checker; only the system decides its own proposals (programme setting KEPUTUSAN)
    check (decided_by_id is null or decided_by_id <> proposed_by_id or (source = 'SISTEM' and decided_by_id = 0))
);
-- at most one open exit per enrolment: the daily job run twice, or on two nodes, proposes once
create unique index enrolment_exit_open_uq on enrolment_exit (enrolment_id) where status in ('DIUSULKAN', 'DIVERIFIKASI');
create index enrolment_exit_enrolment_idx on enrolment_exit (enrolment_id);
create index enrolment_exit_list_idx on enrolment_exit (programme_id, kabkota_code, status, id);
