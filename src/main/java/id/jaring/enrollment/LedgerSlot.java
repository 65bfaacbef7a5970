package id.jaring.enrollment;

import java.util.List;

/**
 * One numbered slot of a programme's quota in a kab/kota.
 *
 * @param occupied a KPM holds it now (counted whatever the caller's region, without saying who)
 * @param holdings every family that held it within the caller's scope, oldest first
 */
public record LedgerSlot(int slotNo, boolean occupied, List<SlotHolding> holdings) {

    public LedgerSlot {
        holdings = List.copyOf(holdings);
    }
}
