-- The province's agencies and the two programmes described in the founding domain notes
-- (shared/docs/domain.md). Every number is data, editable by the data steward afterwards.

-- Agencies: the codes the application already uses (jaring.registry.source-priority, the intake
-- agency files of the synthetic population, the demo OPD operator's DINSOS scope).
insert into agency (code, name, kind, created_at, updated_at) values
    ('DINSOS',    'Dinas Sosial Provinsi Banten', 'OPD', now(), now()),
    ('DINKES',    'Dinas Kesehatan Provinsi Banten', 'OPD', now(), now()),
    ('DINDIK',    'Dinas Pendidikan dan Kebudayaan Provinsi Banten', 'OPD', now(), now()),
    ('DUKCAPIL',  'Dinas Kependudukan dan Pencatatan Sipil', 'OPD', now(), now()),
    ('BAPPEDA',   'Badan Perencanaan Pembangunan Daerah Provinsi Banten', 'OPD', now(), now()),
    ('DINPERKIM', 'Dinas Perumahan Rakyat dan Kawasan Permukiman Provinsi Banten', 'OPD', now(), now()),
    ('DINKOPUKM', 'Dinas Koperasi dan Usaha Kecil Menengah Provinsi Banten', 'OPD', now(), now());

-- Jamsosratu: provincial conditional cash transfer (Pergub Banten 10/2019 as amended by 15/2019),
-- owned by Dinas Sosial, at most five years (60 months) per family. The period is the current
-- five-year cycle (chosen here, not documented). Its components borrow the national PKH amounts
-- of 2021 (domain.md: "PKH rules a Jamsosratu-like programme borrows"), quarterly tahap, capped at
-- four components per family (the highest-value ones). Jamsosratu's own published amounts were per
-- household (2015: Rp2,250,000 in 3 tahap; 2020: Rp1,250,000 in 1 tahap).
insert into programme (code, name, owner_agency, period_start, period_end, max_duration_months, component_cap,
                       status, created_at, updated_at)
values ('JAMSOSRATU', 'Jaminan Sosial Rakyat Banten Bersatu', 'DINSOS', date '2026-01-01', date '2030-12-31', 60, 4,
        'AKTIF', now(), now()),
       -- a PKH-like programme: same components; PKH has no fixed time limit (it recertifies long-time
       -- members), so no maximum duration; no quota is documented, so none is preloaded
       ('PKH_DAERAH', 'Program Keluarga Harapan pola daerah', 'DINSOS', date '2026-01-01', null, null, 4,
        'AKTIF', now(), now());

insert into programme_component (programme_id, code, name, amount_per_year, tahap_per_year, amount_per_tahap)
select p.id, c.code, c.name, c.per_year, 4, c.per_tahap
from programme p
cross join (values
    ('IBU_HAMIL',         'Ibu hamil / nifas',   3000000, 750000),
    ('ANAK_USIA_DINI',    'Anak usia dini (0-6 tahun)', 3000000, 750000),
    ('SD',                'Anak sekolah SD',      900000, 225000),
    ('SMP',               'Anak sekolah SMP',    1500000, 375000),
    ('SMA',               'Anak sekolah SMA',    2000000, 500000),
    ('DISABILITAS_BERAT', 'Disabilitas berat',   2400000, 600000),
    ('LANSIA',            'Lanjut usia',         2400000, 600000)
) as c (code, name, per_year, per_tahap)
where p.code in ('JAMSOSRATU', 'PKH_DAERAH');

-- Jamsosratu quota per kab/kota: the 2015 split published for the programme (domain.md), which sums
-- to the documented 49,000 households of 2015. Kabupaten Tangerang (36.03) and Kota Tangerang (36.71)
-- had no published 2015 quota: 0 until the data steward sets one (the 2020-2021 total of 50,000 KPM in
-- all 8 kab/kota has no published split).
insert into programme_quota (programme_id, kabkota_code, quota, updated_at)
select p.id, q.kab, q.quota, now()
from programme p
cross join (values
    ('36.01', 15157),   -- Kabupaten Pandeglang
    ('36.02', 14291),   -- Kabupaten Lebak
    ('36.03', 0),       -- Kabupaten Tangerang
    ('36.04', 11402),   -- Kabupaten Serang
    ('36.71', 0),       -- Kota Tangerang
    ('36.72', 2950),    -- Kota Cilegon
    ('36.73', 4200),    -- Kota Serang
    ('36.74', 1000)     -- Kota Tangerang Selatan
) as q (kab, quota)
where p.code = 'JAMSOSRATU';
