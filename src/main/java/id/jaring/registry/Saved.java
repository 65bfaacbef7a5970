package id.jaring.registry;

import java.util.List;

import id.jaring.platform.Violation;

/**
 * The outcome of a successful change: the record's id, its new version, and the warnings the
 * operator confirmed (to show again next to the saved data).
 */
public record Saved(long id, long version, List<Violation> warnings) {

    public Saved {
        warnings = List.copyOf(warnings);
    }
}
