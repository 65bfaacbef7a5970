package id.jaring.registry.web;

/**
 * One person's fields as typed (strings), used for a member row of the registration form
 * ({@code members[i].nik}), the add-member form and the person edit form. {@code hamil} is the
 * checkbox value ("true" or absent).
 */
record MemberForm(String hubungan, String nik, String nama, String jenisKelamin, String tempatLahir,
        String tanggalLahir, String namaIbuKandung, String pendidikanTerakhir, String jenjangSekolah,
        String statusKawin, String hamil, String hpl, String disabilitas, String pekerjaan,
        String penghasilanBulanan, String tanggalMeninggal) {

    static MemberForm blank() {
        return new MemberForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    static MemberForm head() {
        return new MemberForm("KEPALA_KELUARGA", null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    /** Nothing typed (the relationship select alone does not count). */
    boolean isBlank() {
        return FormValues.allBlank(nik, nama, jenisKelamin, tempatLahir, tanggalLahir, namaIbuKandung,
                pendidikanTerakhir, jenjangSekolah, statusKawin, hamil, hpl, pekerjaan, penghasilanBulanan,
                tanggalMeninggal) && (disabilitas == null || disabilitas.isBlank() || "TIDAK_ADA".equals(disabilitas));
    }
}
