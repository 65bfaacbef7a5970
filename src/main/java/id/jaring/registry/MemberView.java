package id.jaring.registry;

import java.time.LocalDate;

/** A current member of a family as listed on the family's page (not the full person record). */
public record MemberView(long personId, String nik, String nama, Sex jenisKelamin, LocalDate tanggalLahir,
        Relationship hubungan, LocalDate since) {
}
