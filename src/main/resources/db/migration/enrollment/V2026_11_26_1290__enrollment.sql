-- Enrolment: a family (household) proposed for a programme by one user and approved or rejected by
-- another (maker-checker). An approved enrolment is a KPM. household_id and programme_id are not
-- foreign keys: those tables belong to the registry and program modules (ids are their public API).

create table enrolment (
    id                bigint generated always as identity primary key,
    programme_id      bigint      not null,
    household_id      bigint      not null,
    no_kk             char(16)    not null,   -- the family's No. KK when proposed (it changes on a split or move)
    kabkota_code      text        not null check (kabkota_code ~ '^[0-9]{2}\.[0-9]{2}$'),
    desa_code         text        not null,
    status            text        not null check (status in ('DIUSULKAN', 'AKTIF', 'DITOLAK')),
    proposed_by_id    bigint      not null,
    proposed_by       text        not null,   -- username, as in the audit trail
    proposed_at       timestamptz not null,
    proposal_note     text,
    decided_by_id     bigint,
    decided_by        text,
    decided_at        timestamptz,
    decision_reason   text,
    start_date        date,                   -- the day the family became a KPM (the Clock's date)
    planned_end_date  date,                   -- start + the programme's maximum duration; null: no limit
    -- What justified the enrolment: the family's status and its members' relevant values, taken at
    -- proposal and taken again at approval (personal ids only, no names or NIK)
    evidence          jsonb       not null,
    -- The eligibility result of the targeting rule language (each condition, its value, the member
    -- that decided it) will be stored here once that module exists; null until then.
    eligibility_result jsonb,
    updated_at        timestamptz not null,
    check ((status = 'AKTIF') = (start_date is not null)),
    check (status = 'DIUSULKAN' or decided_by_id is not null),
    check (decided_by_id is null or decided_by_id <> proposed_by_id)
);
-- A family is proposed or enrolled at most once per programme at a time (rejected ones may repeat).
create unique index enrolment_open_uq on enrolment (programme_id, household_id) where status in ('DIUSULKAN', 'AKTIF');
create index enrolment_list_idx on enrolment (programme_id, kabkota_code, status, id);
create index enrolment_household_idx on enrolment (household_id);
