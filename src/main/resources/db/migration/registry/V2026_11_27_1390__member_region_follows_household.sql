-- A membership's kabkota_code is its household's: the members of a KK live at its address, and
-- a household's move carries its memberships with it (on update cascade). Queries over a family's
-- members may then join on (household_id, kabkota_code), so that a kab/kota's families only
-- reach the memberships of that kab/kota.
update household_member m set kabkota_code = h.kabkota_code
from household h where h.id = m.household_id and m.kabkota_code <> h.kabkota_code;

create unique index household_id_region_uq on household (id, kabkota_code);

alter table household_member
    add constraint household_member_household_region_fkey foreign key (household_id, kabkota_code)
        references household (id, kabkota_code) on update cascade,
    drop constraint household_member_household_id_fkey;
