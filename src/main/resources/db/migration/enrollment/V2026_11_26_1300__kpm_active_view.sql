-- The KPM of every programme today: enrolments approved and not ended (status AKTIF), for modules
-- that read enrolment without owning it (reporting). The enrolment table stays the enrollment
-- module's own; what "served" means is decided here, next to it.
create view kpm_active as
select id as enrolment_id, programme_id, household_id, kabkota_code, desa_code, start_date, planned_end_date
from enrolment
where status = 'AKTIF';
