package id.jaring.enrollment;

import java.util.List;

/**
 * A run of numbered slots of a programme in one kab/kota with their holders.
 *
 * @param slotCount the slots there are: the quota, or more while KPM enrolled before a lowered quota hold higher numbers
 * @param nextAfter pass as {@code after} for the next run (the last slot number shown); null on the last
 */
public record SlotLedgerPage(String programmeCode, String kabKotaCode, int quota, int enrolled, int slotCount,
        List<LedgerSlot> slots, Integer nextAfter) {

    public SlotLedgerPage {
        slots = List.copyOf(slots);
    }

    public boolean last() {
        return nextAfter == null;
    }
}
