package id.jaring.enrollment;

import java.util.List;

/** One page of graduated families of a programme in a kab/kota; {@code nextAfter}: the next page's cursor, null at the end. */
public record FollowUpPage(String programme, String kabKotaCode, boolean fellBackOnly, List<FollowUpFamily> items,
        Long nextAfter) {
}
