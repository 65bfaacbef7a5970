package id.jaring.enrollment;

import java.math.BigDecimal;

/**
 * One family on a programme's waiting list: family-level data only (no member names or NIK).
 *
 * @param rank 1 for the first family in line, within the kab/kota
 * @param desil null (and score null) for a family the ranking has not reached yet; such families come last
 */
public record WaitingListEntry(long rank, long householdId, String noKk, String desaCode, Integer desil,
        BigDecimal score) {
}
