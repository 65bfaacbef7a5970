package id.jaring.intake.file.mapping;

import java.util.HashMap;
import java.util.Map;

/** Header names agencies use for the canonical columns, by {@link ColumnNames#key}. */
final class Synonyms {

    static final Map<String, String> BY_KEY = build();

    private Synonyms() {
    }

    private static Map<String, String> build() {
        Map<String, String> m = new HashMap<>();
        add(m, "record_id", "id", "no", "nomor", "no_urut", "nomor_urut", "id_record", "id_data", "kode_record",
                "no_record", "id_penerima", "id_art");
        add(m, "nik", "no_nik", "nik_ktp", "nomor_nik", "no_ktp", "nomor_ktp", "ktp", "nik_penerima", "nik_anggota",
                "nik_art", "nomor_induk_kependudukan");
        add(m, "no_kk", "nokk", "nomor_kk", "kk", "nkk", "no_kartu_keluarga", "nomor_kartu_keluarga",
                "kartu_keluarga");
        add(m, "nama", "nama_lengkap", "nm_lengkap", "nm", "nama_penerima", "nama_anggota", "nama_art",
                "nama_penduduk", "name", "full_name");
        add(m, "jenis_kelamin", "jk", "jns_kelamin", "jns_kel", "jenkel", "kelamin", "sex", "gender", "l/p",
                "lp", "j_k");
        add(m, "tempat_lahir", "tmp_lahir", "tmpt_lahir", "tpt_lahir", "tempat_lhr", "tmp_lhr", "place_of_birth");
        add(m, "tanggal_lahir", "tgl_lahir", "tgl_lhr", "tanggal_lhr", "tgllahir", "dob", "birth_date",
                "date_of_birth");
        add(m, "hubungan_keluarga", "shdk", "hub_kel", "hub_keluarga", "hubungan", "status_hubungan",
                "status_hubungan_keluarga", "status_hubungan_dalam_keluarga", "hubungan_dengan_kepala_keluarga",
                "hub_dgn_kk", "stat_hbkel", "status_dalam_keluarga");
        add(m, "nama_ibu_kandung", "nama_ibu", "ibu_kandung", "nm_ibu", "nm_ibu_kandung", "nama_ibu_kdg");
        add(m, "alamat", "alamat_lengkap", "almt", "alamat_rumah", "address", "jalan");
        add(m, "rt", "no_rt", "nomor_rt");
        add(m, "rw", "no_rw", "nomor_rw");
        add(m, "kode_wilayah", "kd_desa", "kode_desa", "kddesa", "kd_kel", "kode_kelurahan", "kode_desa_kelurahan",
                "kd_wilayah", "kode_wil", "kd_wil", "id_desa", "kode_kemendagri");
        add(m, "jenjang_sekolah", "jenjang", "jenjang_pendidikan", "sekolah", "tingkat_sekolah");
        add(m, "hamil", "status_hamil", "ibu_hamil", "sedang_hamil", "bumil");
        add(m, "hpl", "hari_perkiraan_lahir", "tgl_hpl", "tanggal_hpl", "taksiran_persalinan");
        add(m, "disabilitas", "jenis_disabilitas", "penyandang_disabilitas", "difabel", "cacat", "kecacatan");
        add(m, "pekerjaan", "pekerjaan_utama", "jenis_pekerjaan", "pkj", "occupation");
        add(m, "penghasilan_bulanan", "penghasilan", "penghasilan_per_bulan", "pendapatan", "pendapatan_bulanan",
                "pendapatan_per_bulan", "gaji", "income");
        add(m, "status_kawin", "status_perkawinan", "stat_kawin", "kawin", "status_nikah", "perkawinan");
        add(m, ColumnNames.PLACE_AND_DATE_OF_BIRTH, "ttl", "tempat_tgl_lahir", "tmp_tgl_lahir", "tempat_tanggal_lahir",
                "tempat_dan_tanggal_lahir");
        add(m, "status_bangunan", "status_rumah", "kepemilikan_rumah", "status_kepemilikan_rumah",
                "status_kepemilikan_bangunan");
        add(m, "luas_lantai_m2", "luas_lantai", "luas_rumah", "luas_bangunan");
        add(m, "jenis_lantai", "lantai", "jns_lantai");
        add(m, "jenis_dinding", "dinding", "jns_dinding");
        add(m, "jenis_atap", "atap", "jns_atap");
        add(m, "sumber_air_minum", "air_minum", "sumber_air");
        add(m, "sumber_penerangan", "penerangan", "sumber_penerangan_utama");
        add(m, "daya_listrik_va", "daya_listrik", "daya", "daya_terpasang");
        add(m, "bahan_bakar_memasak", "bahan_bakar", "bb_memasak", "bahan_bakar_masak");
        add(m, "fasilitas_bab", "bab", "jamban", "fasilitas_buang_air_besar", "kloset");
        add(m, "aset_lahan", "lahan", "punya_lahan");
        add(m, "aset_ternak", "ternak");
        add(m, "aset_motor", "motor", "sepeda_motor");
        add(m, "aset_mobil", "mobil");
        add(m, "aset_kulkas", "kulkas", "lemari_es");
        add(m, "aset_emas", "emas", "perhiasan");
        add(m, "aset_tabungan", "tabungan");
        return Map.copyOf(m);
    }

    private static void add(Map<String, String> m, String canonical, String... names) {
        for (String name : names) {
            String previous = m.put(ColumnNames.key(name), canonical);
            if (previous != null && !previous.equals(canonical)) {
                throw new IllegalStateException(name + " is a synonym of both " + previous + " and " + canonical);
            }
        }
    }
}
