-- Graduation settings of a programme (issue 6).
-- reentry_wait_months: a family that graduated (MANDIRI, ALAMIAH, BATAS_WAKTU) may not be proposed
-- again for the same programme until this many months after its end date, unless the data steward
-- overrides with a reason; null: no waiting period.
-- automatic_exits: what the daily job's time-limit (BATAS_WAKTU) and natural (ALAMIAH) graduations
-- are: USULAN = proposals a person decides, KEPUTUSAN = decisions taken at once by the system.
alter table programme add column reentry_wait_months integer check (reentry_wait_months between 1 and 600);
alter table programme add column automatic_exits text not null default 'USULAN'
    check (automatic_exits in ('USULAN', 'KEPUTUSAN'));

-- Jamsosratu: a two-year wait (a choice: no published rule; PKH publishes none either). PKH_DAERAH: none.
update programme set reentry_wait_months = 24 where code = 'JAMSOSRATU';
