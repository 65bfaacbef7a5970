package id.jaring.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * A programme's coverage per kab/kota in the caller's region, as of a day.
 *
 * @param ruleVersion the version of the rule in force; null when the programme has no rule, and then
 *        nothing but the served counts is computed
 * @param rows one per kab/kota with an eligible or served family, in code order
 * @param total the sum over the rows
 */
public record ProgrammeCoverage(String programmeCode, String programmeName, Integer ruleVersion, String ruleText,
        LocalDate asOf, List<KabKotaCoverage> rows, KabKotaCoverage total) {

    public ProgrammeCoverage {
        rows = List.copyOf(rows);
    }

    public boolean hasRule() {
        return ruleVersion != null;
    }
}
