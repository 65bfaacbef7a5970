package id.jaring.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of a coverage category's families, in household id order.
 *
 * @param kabKotaCode the kab/kota asked for; null: every kab/kota of the caller's region
 * @param nextAfter pass as {@code after} for the next page (the last family's id); null on the last page
 */
public record CoverageFamilyPage(String programmeCode, CoverageCategory category, String kabKotaCode,
        String kabKotaName, int ruleVersion,
        LocalDate asOf, List<CoverageFamily> items, Long nextAfter) {

    public CoverageFamilyPage {
        items = List.copyOf(items);
    }

    public boolean last() {
        return nextAfter == null;
    }
}
