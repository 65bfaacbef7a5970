-- The daily graduation job (docs/graduation.md, "The daily graduation job"): one row per run.
-- programmes: the running programmes the run went through (the run log's "version" column);
-- created / skipped: exits written by the run / found already there (both kinds together);
-- per kind: proposals written (USULAN), decisions taken (KEPUTUSAN), enrolments skipped.
create table graduation_run (
    id               bigint      generated always as identity primary key,
    programmes       integer,
    trigger          text        not null check (trigger in ('MANUAL', 'API', 'SCHEDULE')),
    trigger_detail   text,
    requested_by     text        not null,
    started_at       timestamptz not null,
    finished_at      timestamptz,
    status           text        not null check (status in ('RUNNING', 'FINISHED', 'FAILED')),
    created          bigint,
    skipped          bigint,
    error            text,
    as_of            date,
    batas_proposed   integer,
    batas_decided    integer,
    batas_skipped    integer,
    alamiah_proposed integer,
    alamiah_decided  integer,
    alamiah_skipped  integer,
    -- programmes whose tahap end this run applied natural graduation for, and those not assessed
    -- (a component without a member condition, or none)
    tahap_applied    text,
    not_assessed     text
);
create index graduation_run_started_idx on graduation_run (started_at desc);

-- The tahap ends whose natural graduation has been applied, per programme: the first run on or
-- after a tahap's last day applies it, later runs do not again.
create table graduation_tahap (
    programme_id bigint  not null,
    tahap_end    date    not null,
    run_id       bigint  not null references graduation_run (id),
    primary key (programme_id, tahap_end)
);
