-- Programmes: the agencies (OPD) that own them, their benefit components and their quota per kab/kota.

create table agency (
    code        text        primary key check (code ~ '^[A-Z0-9_]{2,30}$'),  -- the code users and intake batches carry
    name        text        not null check (length(name) between 1 and 200),
    kind        text        not null check (kind in ('OPD', 'KAB_KOTA', 'PUSAT', 'LAINNYA')),
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);

create table programme (
    id                  bigint generated always as identity primary key,
    code                text        not null unique check (code ~ '^[A-Z0-9_]{2,30}$'),
    name                text        not null check (length(name) between 1 and 200),
    owner_agency        text        not null references agency (code),
    period_start        date        not null,
    period_end          date,                -- null: open-ended
    -- the longest a family may stay a KPM (Jamsosratu: 60); null: no limit (recertification instead)
    max_duration_months integer     check (max_duration_months between 1 and 600),
    -- at most this many components paid per family, the highest-value ones kept; null: no cap
    component_cap       integer     check (component_cap between 1 and 50),
    status              text        not null check (status in ('DRAFT', 'AKTIF', 'DITUTUP')),
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    check (period_end is null or period_end >= period_start)
);
create index programme_owner_idx on programme (owner_agency);

create table programme_component (
    id               bigint generated always as identity primary key,
    programme_id     bigint  not null references programme (id),
    code             text    not null check (code ~ '^[A-Z0-9_]{2,30}$'),
    name             text    not null check (length(name) between 1 and 200),
    amount_per_year  bigint  not null check (amount_per_year > 0),    -- rupiah
    tahap_per_year   integer not null check (tahap_per_year between 1 and 12),
    amount_per_tahap bigint  not null check (amount_per_tahap > 0),   -- rupiah
    unique (programme_id, code)
);

-- One slot counter per programme and kab/kota. enrolled is raised by the approval of an enrolment
-- in the same transaction (UPDATE ... WHERE enrolled < quota: the row lock serialises approvers), so
-- the check constraint is the last guard: the quota can never be exceeded.
create table programme_quota (
    programme_id bigint  not null references programme (id),
    -- no foreign key to region: the region table is loaded by a repeatable migration, after this
    -- file's preload; the service checks the code against the region hierarchy
    kabkota_code text    not null check (kabkota_code ~ '^[0-9]{2}\.[0-9]{2}$'),
    quota        integer not null check (quota >= 0),
    enrolled     integer not null default 0 check (enrolled >= 0),
    updated_at   timestamptz not null,
    primary key (programme_id, kabkota_code),
    check (enrolled <= quota)
);
