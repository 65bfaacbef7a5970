-- The key that household_member's (household_id, kabkota_code) refers to becomes the kab/kota index
-- itself, kab/kota first: the same uniqueness, and a kab/kota's families in id order as one range.
-- With the separate key (id, kabkota_code) the planner scanned that whole index for
-- "kabkota_code = ..." (a kab/kota's whole waiting list took over a minute instead of 2 s), and it
-- was a second index on every household.
alter table household_member drop constraint household_member_household_region_fkey;
drop index household_id_region_uq;
drop index household_kabkota_idx;
create unique index household_kabkota_idx on household (kabkota_code, id) include (desa_code);
alter table household_member
    add constraint household_member_household_region_fkey foreign key (household_id, kabkota_code)
        references household (id, kabkota_code) on update cascade;
