package id.jaring.registry;

import java.time.LocalDate;

/**
 * One search hit. {@code score} is 1.0 for exact NIK/KK hits and the trigram similarity of the
 * normalised names (0..1) for name search. Household fields are null without a current membership.
 */
public record PersonMatch(long personId, String nik, String nama, Sex jenisKelamin, LocalDate tanggalLahir,
        boolean alive, String desaCode, Long householdId, String noKk, Relationship hubungan, double score) {
}
