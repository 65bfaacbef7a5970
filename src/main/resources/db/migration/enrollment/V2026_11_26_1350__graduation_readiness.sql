-- Graduation readiness (issue 6, part 2): a versioned assessment of how ready each KPM is to leave
-- the programme self-sufficient (graduasi mandiri), the pendamping's field assessments, and each
-- AKTIF enrolment's computed score and label. See docs/graduation.md.

-- A version of the assessment. Exactly one is active (the next computation uses it); versions are
-- never changed after creation (a change is a new version), so a stored score's set_version always
-- explains it. ready_from: the score from which a KPM is SIAP (siap graduasi).
create table readiness_set (
    version     integer      primary key check (version > 0),
    based_on    integer      references readiness_set (version),
    note        text         not null check (length(note) between 1 and 500),
    ready_from  numeric(7,2) not null check (ready_from > 0),
    created_by  text         not null,
    created_at  timestamptz  not null,
    active      boolean      not null default false
);
create unique index readiness_set_one_active_uq on readiness_set (active) where active;

-- One indicator of a version: the points it gives when met (weight), the value it must reach
-- (threshold; null for the yes/no answers of the field assessment), and whether a KPM can be SIAP
-- without it (required). The catalogue of indicators is code (id.jaring.enrollment.readiness.ReadinessIndicator).
create table readiness_indicator (
    set_version integer       not null references readiness_set (version),
    indicator   text          not null,
    weight      numeric(5,2)  not null check (weight between 0 and 100),
    threshold   numeric(12,2) check (threshold >= 0),
    required    boolean       not null default false,
    primary key (set_version, indicator)
);

-- The pendamping's field assessment of a family: versioned per family (1, 2, ...; history kept, the
-- highest version is the one readiness uses), who recorded it and when. The region columns keep the
-- family's desa at the time, for scoped reads. household_id is not a foreign key (registry's table).
create table field_assessment (
    id              bigint       generated always as identity primary key,
    household_id    bigint       not null,
    version         integer      not null check (version > 0),
    kabkota_code    text         not null check (kabkota_code ~ '^[0-9]{2}\.[0-9]{2}$'),
    desa_code       text         not null,
    assessed_on     date         not null,   -- the day of the visit
    usaha           boolean      not null,   -- a productive business or a steady income
    pangan          boolean      not null,   -- three meals a day, protein every week (BPS criteria 8, 10)
    kesehatan       boolean      not null,   -- can pay for treatment at the puskesmas (BPS criterion 13)
    kesiapan        boolean      not null,   -- the family declares itself ready to stand on its own
    notes           text         check (length(notes) <= 2000),
    assessed_by_id  bigint       not null,
    assessed_by     text         not null,   -- username, as in the audit trail
    recorded_at     timestamptz  not null,
    unique (household_id, version)
);
create index field_assessment_region_idx on field_assessment (kabkota_code, desa_code);

-- Every readiness computation of all AKTIF enrolments: who or what asked, with which version, how it ended.
create table readiness_run (
    id             bigint      generated always as identity primary key,
    set_version    integer     references readiness_set (version),
    trigger        text        not null check (trigger in ('MANUAL', 'API', 'IMPORT', 'SET', 'SCHEDULE')),
    trigger_detail text,
    requested_by   text        not null,
    started_at     timestamptz not null,
    finished_at    timestamptz,
    status         text        not null check (status in ('RUNNING', 'FINISHED', 'FAILED')),
    enrolments     bigint,
    ready          bigint,
    error          text
);
create index readiness_run_started_idx on readiness_run (started_at desc);

-- The readiness of each AKTIF enrolment (KPM), replaced by every computation. The region columns
-- are the enrolment's (scoped lists); indicators_met lists the indicators the family met.
create table enrolment_readiness (
    enrolment_id        bigint       primary key,
    programme_id        bigint       not null,
    household_id        bigint       not null,
    kabkota_code        text         not null,
    desa_code           text         not null,
    score               numeric(7,2) not null,
    label               text         not null check (label in ('SIAP', 'BELUM_SIAP')),
    indicators_met      text[]       not null,
    indicators_missing  smallint     not null,
    field_assessment_id bigint,
    set_version         integer      not null,
    computed_at         timestamptz  not null
);
create index enrolment_readiness_list_idx on enrolment_readiness (programme_id, kabkota_code, enrolment_id);
create index enrolment_readiness_household_idx on enrolment_readiness (household_id);

-- Version 1: the default. The poverty line is BPS Provinsi Banten's Garis Kemiskinan of March 2025,
-- Rp684.232 per capita per month (Berita Resmi Statistik, 25 July 2025). The weights are a modelled
-- default (they sum to 100): editable by the data steward as a new version.
insert into readiness_set (version, based_on, note, ready_from, created_by, created_at, active)
values (1, null, 'Bawaan: garis kemiskinan Banten Maret 2025 (BPS), bobot model (jumlah 100), siap dari 70', 70,
        'system', now(), true);

insert into readiness_indicator (set_version, indicator, weight, threshold, required) values
    (1, 'PENGHASILAN_PER_KAPITA', 25, 684232, true),
    (1, 'ANGGOTA_BEKERJA', 15, 1, false),
    (1, 'RUMAH_LAYAK', 10, 4, false),
    (1, 'ANAK_SEKOLAH', 10, 100, false),
    (1, 'TABUNGAN_ASET', 10, 1, false),
    (1, 'LAPANGAN_USAHA', 10, null, false),
    (1, 'LAPANGAN_PANGAN', 10, null, false),
    (1, 'LAPANGAN_KESEHATAN', 5, null, false),
    (1, 'LAPANGAN_KESIAPAN', 5, null, false);
