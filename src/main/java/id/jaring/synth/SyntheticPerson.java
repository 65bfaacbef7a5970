package id.jaring.synth;

import java.time.LocalDate;

/**
 * One clean, true person of the synthetic population.
 *
 * @param personId         stable id within one generation ({@code P000000001}...)
 * @param nik              16 digits, unique in the population; its date part is the birth date (day + 40 for women)
 * @param name             full name in upper case as Dukcapil writes it, titles included where the person has them
 * @param sex              {@code L} or {@code P}
 * @param birthPlace       kab/kota (or other city) name
 * @param relationship     to the family head: KEPALA KELUARGA, ISTRI, SUAMI, ANAK, MENANTU, CUCU, ORANG TUA, MERTUA,
 *                         FAMILI LAIN, LAINNYA
 * @param motherName       mother's maiden name (without titles); equals the name of {@code motherPersonId} when she is a member
 * @param motherPersonId   the mother's person id when she lives in the family, else null
 * @param fatherPersonId   the father's person id when he lives in the family, else null
 * @param schooling        current enrolment: PAUD, SD, SMP, SMA or none
 * @param education        highest education reached (TIDAK/BELUM SEKOLAH, BELUM TAMAT SD, SD, SMP, SMA, DIPLOMA, S1, S2)
 * @param pregnant         currently pregnant
 * @param expectedDelivery hari perkiraan lahir when pregnant (within 9 months after the reference date), else null
 * @param disability       none, ringan, sedang or berat
 * @param occupation       upper-case occupation label (PETANI, BURUH HARIAN LEPAS, MENGURUS RUMAH TANGGA, ...)
 * @param monthlyIncome    whole rupiah per month, 0 without income
 * @param maritalStatus    BELUM KAWIN, KAWIN, CERAI HIDUP or CERAI MATI
 */
public record SyntheticPerson(String personId, String nik, String name, String sex, String birthPlace,
        LocalDate birthDate, String relationship, String motherName, String motherPersonId, String fatherPersonId,
        String schooling, String education, boolean pregnant, LocalDate expectedDelivery, String disability,
        String occupation, long monthlyIncome, String maritalStatus) {

    public boolean female() {
        return "P".equals(sex);
    }

    /** Age in whole years on a date. */
    public int ageOn(LocalDate date) {
        int age = date.getYear() - birthDate.getYear();
        if (date.getMonthValue() < birthDate.getMonthValue()
                || (date.getMonthValue() == birthDate.getMonthValue() && date.getDayOfMonth() < birthDate.getDayOfMonth())) {
            age--;
        }
        return age;
    }
}
