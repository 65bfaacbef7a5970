-- Staging writes a million rows per large file with COPY. The foreign keys of the staged rows and
-- issues to import_batch were checked per row (a look-up and a row lock each: about 4 s of
-- PostgreSQL's time for 1,000,000 rows). Only the intake writes these tables, always for a batch
-- it has just read, so the per-row check guards nothing; what the keys did besides, removing a
-- batch's rows with the batch, a trigger does once per batch.
alter table import_person_row drop constraint import_person_row_batch_id_fkey;
alter table import_issue drop constraint import_issue_batch_id_fkey;

create function import_batch_remove_staging() returns trigger
    language plpgsql as $$
begin
    delete from import_issue where batch_id = old.id;
    delete from import_person_row where batch_id = old.id;
    return old;
end
$$;

create trigger import_batch_remove_staging before delete on import_batch
    for each row execute function import_batch_remove_staging();
