package id.jaring.registry;

import java.time.LocalDate;

/**
 * The editable data of a person.
 *
 * @param nik 16-digit national ID; required when registering through the UI or API
 * @param hpl expected delivery date, only for a pregnant woman
 * @param penghasilanBulanan monthly income in whole rupiah
 * @param tanggalMeninggal date of death; null while alive
 */
public record PersonData(
        String nik,
        String nama,
        Sex jenisKelamin,
        String tempatLahir,
        LocalDate tanggalLahir,
        String namaIbuKandung,
        Education pendidikanTerakhir,
        SchoolEnrolment jenjangSekolah,
        MaritalStatus statusKawin,
        boolean hamil,
        LocalDate hpl,
        Disability disabilitas,
        String pekerjaan,
        Long penghasilanBulanan,
        LocalDate tanggalMeninggal) {

    public PersonData {
        disabilitas = disabilitas == null ? Disability.TIDAK_ADA : disabilitas;
    }

    /** The essentials only; the rest unknown. */
    public static PersonData of(String nik, String nama, Sex sex, String tempatLahir, LocalDate tanggalLahir) {
        return new PersonData(nik, nama, sex, tempatLahir, tanggalLahir, null, null, null, null, false, null,
                Disability.TIDAK_ADA, null, null, null);
    }
}
