-- Issue 6 (follow-up after graduation): the family's desil (targeting's household_rank) on the day
-- its enrolment ended, taken by the approval of the exit. Null when the family had no rank then,
-- and for enrolments that ended before this column existed (their desil then is not known).
alter table enrolment add column desil_at_end smallint check (desil_at_end between 1 and 10);
-- the follow-up reports read the graduated enrolments per programme and kab/kota
create index enrolment_ended_idx on enrolment (programme_id, kabkota_code, id) where status = 'SELESAI';
