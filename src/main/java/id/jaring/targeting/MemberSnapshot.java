package id.jaring.targeting;

import java.time.LocalDate;

import id.jaring.registry.Disability;
import id.jaring.registry.Education;
import id.jaring.registry.MaritalStatus;
import id.jaring.registry.Relationship;
import id.jaring.registry.SchoolEnrolment;
import id.jaring.registry.Sex;

/** A current living member of a family, with the attributes rules may test. Nullable where the registry is. */
public record MemberSnapshot(long personId, String nama, Relationship hubungan, Sex jenisKelamin,
        LocalDate tanggalLahir, boolean hamil, SchoolEnrolment jenjangSekolah, Education pendidikan,
        Disability disabilitas, String pekerjaan, Long penghasilan, MaritalStatus statusKawin) {
}
