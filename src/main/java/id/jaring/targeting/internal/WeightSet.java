package id.jaring.targeting.internal;

import java.time.Instant;
import java.util.List;

/** A version of the PMT weights; {@code weights} empty in lists. */
public record WeightSet(int version, Integer basedOn, String note, String createdBy, Instant createdAt, boolean active,
        List<Weight> weights) {
}
