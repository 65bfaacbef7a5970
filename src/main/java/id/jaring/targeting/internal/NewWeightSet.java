package id.jaring.targeting.internal;

import java.util.List;

/** A new version of the weights: all of them (a complete set), based on an earlier version (or null). */
public record NewWeightSet(Integer basedOn, String note, List<Weight> weights) {
}
