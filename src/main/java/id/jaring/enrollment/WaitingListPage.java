package id.jaring.enrollment;

import java.util.List;

/**
 * One page of a programme's waiting list in one kab/kota.
 *
 * @param ruleVersion the version of the programme's rule in force that selected the families
 * @param nextAfter pass as {@code after} for the next page (the rank of this page's last family); null on the last page
 */
public record WaitingListPage(String programmeCode, String kabKotaCode, int ruleVersion, List<WaitingListEntry> items,
        Long nextAfter) {

    public WaitingListPage {
        items = List.copyOf(items);
    }

    public boolean last() {
        return nextAfter == null;
    }
}
