-- Targeting: the welfare ranking of every family, one row per household, replaced as a whole by
-- each ranking run. score: the proxy-means-test welfare score (higher = better off); desil: the
-- decile of the score within the province among active families (1 = poorest 10%).
-- weights_version: the version of the PMT weights that produced it (the evidence of a decision).
create table household_rank (
    household_id    bigint      primary key references household (id),
    kabkota_code    text        not null,
    score           numeric(9,3) not null,
    desil           smallint    not null check (desil between 1 and 10),
    weights_version integer     not null,
    computed_at     timestamptz not null
);
create index household_rank_desil_idx on household_rank (kabkota_code, desil, score);
