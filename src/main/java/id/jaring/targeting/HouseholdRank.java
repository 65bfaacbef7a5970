package id.jaring.targeting;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A family's place in the welfare ranking.
 *
 * @param score            proxy-means-test score, higher = better off
 * @param desil            1 (poorest 10 % of the province's active families) to 10
 * @param weightsVersion   the PMT weight set that produced the score
 * @param computedAt       when the ranking run started
 * @param variablesMissing how many PMT variables were unknown (scored with the set's missing points)
 */
public record HouseholdRank(long householdId, String kabKotaCode, BigDecimal score, int desil, int weightsVersion,
        Instant computedAt, int variablesMissing) {
}
