package id.jaring.registry;

import java.time.Instant;
import java.util.List;

/** A family as the operator sees it, with its current members (head first). */
public record HouseholdView(long id, long version, String noKk, String kabKotaCode, String desaCode, String alamat,
        String rt, String rw, Welfare welfare, HouseholdStatus status, Instant createdAt, Instant updatedAt,
        List<MemberView> members) {

    public HouseholdData data() {
        return new HouseholdData(noKk, desaCode, alamat, rt, rw, welfare);
    }
}
