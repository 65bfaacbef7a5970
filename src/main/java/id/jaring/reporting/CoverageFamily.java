package id.jaring.reporting;

import java.math.BigDecimal;

/**
 * One family of a coverage category: family-level data only (no names, no NIK).
 *
 * @param householdStatus AKTIF, or why the family no longer is (PINDAH, BUBAR, DUPLIKAT)
 * @param desil null (and score null) when the ranking has not reached the family
 * @param enrolmentId the AKTIF enrolment, for an inclusion error; null for an exclusion
 */
public record CoverageFamily(long householdId, String noKk, String kabKotaCode, String kabKotaName, String desaCode,
        String desaName, String householdStatus, Integer desil, BigDecimal score, Long enrolmentId) {
}
