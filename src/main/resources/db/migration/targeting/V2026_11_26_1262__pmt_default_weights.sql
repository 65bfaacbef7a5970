-- The default PMT weight set (version 1): a MODELLED default after the 14 BPS poverty criteria
-- (Kriteria Rumah Tangga Miskin, BPS 2005/2011) and the PMT variables of PBDT/DTKS/Regsosek. It
-- is NOT the official BPS/DTSEN coefficient set (which is not public): the points rank the
-- categories the way the criteria do (the criterion's poor category 0 points, better-off
-- categories more), with the largest weights on income per capita, the head's education and
-- the housing quality. See docs/targeting.md for every variable, its source and the missing rule.
insert into pmt_weight_set (version, based_on, note, created_by, created_at, active)
values (1, null, 'Bawaan: model 14 kriteria BPS dan variabel PMT (bukan koefisien resmi BPS)', 'system', now(), true);

insert into pmt_weight (weights_version, variable, category, band_from, points)
select 1, variable, category, null, points
from (values
    -- BPS 2: floor of earth, bamboo or cheap wood
    ('jenis_lantai', 'TANAH', 0), ('jenis_lantai', 'BAMBU', 0), ('jenis_lantai', 'KAYU_PAPAN', 1),
    ('jenis_lantai', 'LAINNYA', 1), ('jenis_lantai', 'SEMEN_BATA_MERAH', 2), ('jenis_lantai', 'UBIN_TEGEL', 4),
    ('jenis_lantai', 'PARKET_VINIL', 5), ('jenis_lantai', 'KERAMIK', 5), ('jenis_lantai', 'MARMER_GRANIT', 7),
    -- BPS 3: walls of bamboo, thatch, low-quality wood or unplastered brick
    ('jenis_dinding', 'BAMBU', 0), ('jenis_dinding', 'ANYAMAN_BAMBU', 0), ('jenis_dinding', 'BATANG_KAYU', 1),
    ('jenis_dinding', 'LAINNYA', 1), ('jenis_dinding', 'KAYU_PAPAN', 2), ('jenis_dinding', 'PLESTERAN_ANYAMAN_BAMBU', 2),
    ('jenis_dinding', 'TEMBOK', 6),
    -- roof (PBDT housing quality)
    ('jenis_atap', 'JERAMI_IJUK_RUMBIA', 0), ('jenis_atap', 'BAMBU', 0), ('jenis_atap', 'LAINNYA', 1),
    ('jenis_atap', 'KAYU_SIRAP', 1), ('jenis_atap', 'SENG', 2), ('jenis_atap', 'ASBES', 3),
    ('jenis_atap', 'GENTENG', 4), ('jenis_atap', 'BETON', 5),
    -- BPS 4: no toilet of its own
    ('fasilitas_bab', 'TIDAK_ADA', 0), ('fasilitas_bab', 'UMUM', 1), ('fasilitas_bab', 'BERSAMA', 2),
    ('fasilitas_bab', 'SENDIRI', 5),
    -- BPS 5: lighting without electricity
    ('sumber_penerangan', 'BUKAN_LISTRIK', 0), ('sumber_penerangan', 'NON_PLN', 1),
    ('sumber_penerangan', 'PLN_TANPA_METERAN', 2), ('sumber_penerangan', 'PLN_METERAN', 4),
    -- BPS 6: water from an unprotected well or spring, river or rain
    ('sumber_air_minum', 'AIR_PERMUKAAN', 0), ('sumber_air_minum', 'AIR_HUJAN', 0),
    ('sumber_air_minum', 'MATA_AIR_TAK_TERLINDUNG', 0), ('sumber_air_minum', 'SUMUR_TAK_TERLINDUNG', 0),
    ('sumber_air_minum', 'LAINNYA', 1), ('sumber_air_minum', 'MATA_AIR_TERLINDUNG', 2),
    ('sumber_air_minum', 'SUMUR_TERLINDUNG', 2), ('sumber_air_minum', 'SUMUR_BOR_POMPA', 3),
    ('sumber_air_minum', 'LEDENG', 4), ('sumber_air_minum', 'AIR_KEMASAN', 5),
    -- BPS 7: cooking with firewood, charcoal or kerosene
    ('bahan_bakar_memasak', 'KAYU_BAKAR', 0), ('bahan_bakar_memasak', 'ARANG', 0),
    ('bahan_bakar_memasak', 'BRIKET', 1), ('bahan_bakar_memasak', 'MINYAK_TANAH', 1),
    ('bahan_bakar_memasak', 'LAINNYA', 1), ('bahan_bakar_memasak', 'TIDAK_MEMASAK', 2),
    ('bahan_bakar_memasak', 'GAS_ELPIJI_3KG', 3), ('bahan_bakar_memasak', 'BIOGAS', 3),
    ('bahan_bakar_memasak', 'GAS_KOTA', 5), ('bahan_bakar_memasak', 'GAS_ELPIJI_BESAR', 6),
    ('bahan_bakar_memasak', 'LISTRIK', 6),
    -- tenure (PBDT)
    ('status_bangunan', 'BEBAS_SEWA', 0), ('status_bangunan', 'LAINNYA', 0), ('status_bangunan', 'KONTRAK_SEWA', 1),
    ('status_bangunan', 'DINAS', 2), ('status_bangunan', 'MILIK_SENDIRI', 3),
    -- BPS 14: no savings or goods worth Rp500,000 (land, gold, savings; vehicles and livestock are bands)
    ('aset_lahan', 'TIDAK', 0), ('aset_lahan', 'YA', 2),
    ('aset_emas', 'TIDAK', 0), ('aset_emas', 'YA', 2),
    ('aset_tabungan', 'TIDAK', 0), ('aset_tabungan', 'YA', 3),
    -- BPS 12: head of household without schooling or only primary school
    ('pendidikan_kepala', 'TIDAK_BELUM_SEKOLAH', 0), ('pendidikan_kepala', 'BELUM_TAMAT_SD', 0),
    ('pendidikan_kepala', 'SD', 1), ('pendidikan_kepala', 'SMP', 3), ('pendidikan_kepala', 'SMA', 5),
    ('pendidikan_kepala', 'DIPLOMA', 7), ('pendidikan_kepala', 'S1', 8), ('pendidikan_kepala', 'S2', 9),
    ('pendidikan_kepala', 'S3', 9),
    -- BPS 11: head works as a farm labourer, fisher, construction or plantation labourer, or earns
    -- under Rp600,000 a month. Free text in the registry: upper-cased and trimmed, then looked up
    -- here; an occupation not listed scores LAINNYA.
    ('pekerjaan_kepala', 'BURUH TANI', 0), ('pekerjaan_kepala', 'NELAYAN', 0),
    ('pekerjaan_kepala', 'BURUH HARIAN LEPAS', 0), ('pekerjaan_kepala', 'BELUM/TIDAK BEKERJA', 0),
    ('pekerjaan_kepala', 'TUKANG BANGUNAN', 1), ('pekerjaan_kepala', 'ASISTEN RUMAH TANGGA', 1),
    ('pekerjaan_kepala', 'PETANI', 1), ('pekerjaan_kepala', 'MENGURUS RUMAH TANGGA', 1),
    ('pekerjaan_kepala', 'PELAJAR/MAHASISWA', 1), ('pekerjaan_kepala', 'OJEK', 2),
    ('pekerjaan_kepala', 'LAINNYA', 2), ('pekerjaan_kepala', 'PEDAGANG', 3), ('pekerjaan_kepala', 'SOPIR', 3),
    ('pekerjaan_kepala', 'BURUH PABRIK', 4), ('pekerjaan_kepala', 'WIRASWASTA', 4),
    ('pekerjaan_kepala', 'PENSIUNAN', 5), ('pekerjaan_kepala', 'GURU', 6),
    ('pekerjaan_kepala', 'KARYAWAN SWASTA', 6), ('pekerjaan_kepala', 'PNS', 7),
    -- a member with a severe disability (PKH component; care costs, lost earnings)
    ('disabilitas_berat', 'YA', 0), ('disabilitas_berat', 'TIDAK', 2)
) as c (variable, category, points);

insert into pmt_weight (weights_version, variable, category, band_from, points)
select 1, variable, null, band_from, points
from (values
    -- BPS 1: floor area under 8 m2 per person
    ('luas_lantai_per_kapita', 0, 0), ('luas_lantai_per_kapita', 8, 4), ('luas_lantai_per_kapita', 15, 6),
    ('luas_lantai_per_kapita', 25, 8),
    -- installed electric power (subsidised 450 and 900 VA tariffs)
    ('daya_listrik_va', 0, 0), ('daya_listrik_va', 450, 1), ('daya_listrik_va', 900, 3),
    ('daya_listrik_va', 1300, 6), ('daya_listrik_va', 2200, 8),
    -- BPS 14 (goods worth Rp500,000): livestock, motorcycles, cars, fridges
    ('aset_ternak', 0, 0), ('aset_ternak', 1, 1), ('aset_ternak', 5, 3),
    ('aset_motor', 0, 0), ('aset_motor', 1, 3), ('aset_motor', 2, 5),
    ('aset_mobil', 0, 0), ('aset_mobil', 1, 8),
    ('aset_kulkas', 0, 0), ('aset_kulkas', 1, 3),
    -- members: more people share the same means
    ('jumlah_anggota', 0, 4), ('jumlah_anggota', 3, 3), ('jumlah_anggota', 5, 1), ('jumlah_anggota', 7, 0),
    -- dependants: children under 15 and members aged 60 or more
    ('tanggungan', 0, 4), ('tanggungan', 1, 3), ('tanggungan', 2, 2), ('tanggungan', 3, 1), ('tanggungan', 4, 0),
    -- members' income per capita, rupiah a month (BPS 11's Rp600,000; Banten's poverty line is
    -- about Rp650,000 per capita a month in 2024-2025)
    ('penghasilan_per_kapita', 0, 0), ('penghasilan_per_kapita', 300000, 3), ('penghasilan_per_kapita', 650000, 6),
    ('penghasilan_per_kapita', 1000000, 9), ('penghasilan_per_kapita', 2000000, 12),
    ('penghasilan_per_kapita', 4000000, 14)
) as b (variable, band_from, points);

-- Missing values: the lower median of the variable's points (percentile_disc 0.5), a neutral
-- value. Not the poorest category: families imported from agency files without a housing survey
-- would otherwise crowd desil 1 and a family would gain by hiding its data. The number of missing
-- variables is kept with every rank (household_rank.variables_missing), so verivali can survey them.
insert into pmt_weight (weights_version, variable, category, band_from, points)
select 1, variable, null, null, percentile_disc(0.5) within group (order by points)
from pmt_weight
where weights_version = 1
group by variable;
