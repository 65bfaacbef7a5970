-- enrolment_readiness is always read through its enrolment (joined on enrolment_id, scoped on the
-- enrolment's region and programme), so the copies of the enrolment's programme and region were
-- written by every run and never read; field_assessment is never searched by region either.
drop index enrolment_readiness_list_idx;
alter table enrolment_readiness drop column programme_id, drop column kabkota_code, drop column desa_code;
drop index field_assessment_region_idx;
