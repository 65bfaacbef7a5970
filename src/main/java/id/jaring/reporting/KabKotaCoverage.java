package id.jaring.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A programme's coverage in one kab/kota (or in the whole scope, for the total). Without a rule in
 * force only {@code served} is known: the other counts and both rates are null.
 *
 * @param eligible active families the rule selects today
 * @param served families with an AKTIF enrolment in the programme
 * @param eligibleServed families that are both
 * @param exclusion eligible but not served
 * @param inclusionError served but not eligible
 * @param exclusionRate exclusion as a percentage of eligible (one decimal), null when none is eligible
 * @param inclusionErrorRate inclusion errors as a percentage of served, null when none is served
 */
public record KabKotaCoverage(String kabKotaCode, String kabKotaName, Long eligible, long served, Long eligibleServed,
        Long exclusion, Long inclusionError, BigDecimal exclusionRate, BigDecimal inclusionErrorRate) {

    static KabKotaCoverage of(String code, String name, boolean withRule, long eligible, long served, long both) {
        if (!withRule) {
            return new KabKotaCoverage(code, name, null, served, null, null, null, null, null);
        }
        return new KabKotaCoverage(code, name, eligible, served, both, eligible - both, served - both,
                percent(eligible - both, eligible), percent(served - both, served));
    }

    /** The sum of the rows, as one row of the given name. */
    static KabKotaCoverage total(String name, boolean withRule, List<KabKotaCoverage> rows) {
        return of(null, name, withRule, rows.stream().mapToLong(r -> r.eligible() == null ? 0 : r.eligible()).sum(),
                rows.stream().mapToLong(KabKotaCoverage::served).sum(),
                rows.stream().mapToLong(r -> r.eligibleServed() == null ? 0 : r.eligibleServed()).sum());
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
