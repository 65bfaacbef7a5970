-- Targeting: versioned proxy-means-test (PMT) weights and the record of every ranking run.

-- A set of weights. Exactly one set is active: the next ranking run uses it. Sets are never
-- changed after creation (a change is a new version), so a rank's weights_version always
-- explains its score.
create table pmt_weight_set (
    version     integer     primary key check (version > 0),
    based_on    integer     references pmt_weight_set (version),
    note        text        not null check (length(note) between 1 and 500),
    created_by  text        not null,
    created_at  timestamptz not null,
    active      boolean     not null default false
);
create unique index pmt_weight_set_one_active_uq on pmt_weight_set (active) where active;

-- The points of one value of one variable (higher = better off). Three shapes:
--   category set, band_from null: a categorical variable's code (jenis_lantai = 'TANAH')
--   band_from set, category null: a numeric variable's band [band_from, next band_from)
--   both null:                    the points of a family whose value is missing
create table pmt_weight (
    weights_version integer       not null references pmt_weight_set (version),
    variable        text          not null,
    category        text,
    band_from       numeric(14,2),
    points          numeric(7,3)  not null,
    check (category is null or band_from is null),
    unique nulls not distinct (weights_version, variable, category, band_from)
);

-- One ranking run: who or what asked, with which weights, how many families, how it ended.
create table ranking_run (
    id                    bigint      generated always as identity primary key,
    weights_version       integer     references pmt_weight_set (version),
    trigger               text        not null check (trigger in ('MANUAL', 'IMPORT', 'WEIGHTS', 'API')),
    trigger_detail        text,
    requested_by          text        not null,
    started_at            timestamptz not null,
    finished_at           timestamptz,
    status                text        not null check (status in ('RUNNING', 'FINISHED', 'FAILED')),
    families              bigint,
    families_incomplete   bigint,
    error                 text
);
create index ranking_run_started_idx on ranking_run (started_at desc);

-- household_rank is rebuilt whole by every run and swapped in (see targeting.internal.RankTable):
-- a foreign key would be validated again on every swap (a scan of the new table and a lock on
-- household that blocks registry edits). Families are never deleted, only retired by status, so
-- the key adds nothing the run does not already guarantee (it reads household).
alter table household_rank drop constraint household_rank_household_id_fkey;
-- how many of the PMT variables were missing for the family (scored with the missing points)
alter table household_rank add column variables_missing smallint not null default 0;
