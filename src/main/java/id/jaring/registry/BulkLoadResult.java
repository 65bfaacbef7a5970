package id.jaring.registry;

import java.time.Duration;

/** What a bulk load inserted, and how long it took. */
public record BulkLoadResult(long households, long persons, long memberships, int batches, Duration took) {
}
