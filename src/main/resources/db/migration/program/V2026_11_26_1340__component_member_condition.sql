-- Each benefit component says which member it is paid for: a condition over ONE member in the
-- targeting rule language (docs/rules.md, "Component member conditions" in docs/graduation.md),
-- checked by the application on every save. A family qualifies for a component while at least one
-- current living member satisfies it; when no component is left, the family graduates naturally
-- (graduasi alamiah). Null: not defined yet (natural graduation is then not evaluated for the programme).
alter table programme_component add column member_condition text check (length(member_condition) <= 4000);

-- The preloaded PKH-like components (shared/docs/domain.md). IBU_HAMIL: pregnancy only; the registry
-- records no delivery date, so the post-partum (nifas) weeks cannot be told apart (the newborn is an
-- ANAK_USIA_DINI as soon as it is registered). LANSIA: 60 by regulation; 70 is used in practice, a
-- change the data steward makes on the component page.
update programme_component c
set member_condition = v.condition
from programme p,
     (values ('IBU_HAMIL',         'hamil'),
             ('ANAK_USIA_DINI',    'umur <= 6'),
             ('SD',                'sekolah = SD AND umur < 21'),
             ('SMP',               'sekolah = SMP AND umur < 21'),
             ('SMA',               'sekolah = SMA AND umur < 21'),
             ('DISABILITAS_BERAT', 'disabilitas = BERAT'),
             ('LANSIA',            'umur >= 60')) as v (code, condition)
where p.id = c.programme_id and p.code in ('JAMSOSRATU', 'PKH_DAERAH') and c.code = v.code;
