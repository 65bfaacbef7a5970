package id.jaring.registry;

import java.time.LocalDate;

/**
 * One validated person row of an agency's batch, on its way into the registry
 * ({@link RegistryBatchMerge}). Values are already normalised: NIK and No. KK 16 digits or null,
 * the desa code dotted, RT/RW digits; blank is null.
 *
 * @param rowNumber the row of the file (header = 1): the provenance of every value of the row
 * @param recordId the agency's own key for the row (finds NIK-less people again), or null
 * @param sourceAttributesJson the file's other columns as a JSON object text, or null
 */
public record IncomingPerson(long rowNumber, String recordId, String nik, String noKk, String nama, Sex jenisKelamin,
        String tempatLahir, LocalDate tanggalLahir, Relationship hubungan, String namaIbuKandung, String alamat,
        String rt, String rw, String desaCode, SchoolEnrolment jenjangSekolah, Boolean hamil, LocalDate hpl,
        Disability disabilitas, String pekerjaan, Long penghasilanBulanan, MaritalStatus statusKawin,
        String sourceAttributesJson) {
}
