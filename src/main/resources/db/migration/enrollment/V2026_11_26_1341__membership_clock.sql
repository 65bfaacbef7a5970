-- The membership clock (docs/graduation.md).
--
-- planned_end_date is the last day as a KPM (program.MembershipTerm). Approvals before this version
-- took it as start + N months - 1 day, where start + N months is clamped to the end of a short month
-- (29 February 2024 + 60 months = 28 February 2029): one day short of the full N months. Such rows
-- are recognised without the programme: the day after the old end has a smaller day of month than
-- the start. They get one day more (the end the application computes now).
update enrolment
set planned_end_date = planned_end_date + 1
where planned_end_date is not null
  and extract(day from planned_end_date + 1) < extract(day from start_date);

-- A programme's KPM in one kab/kota, soonest limit first (no limit last), keyset by id.
create index enrolment_clock_idx on enrolment (programme_id, kabkota_code,
    (coalesce(planned_end_date, date '9999-12-31')), id) where status = 'AKTIF';
