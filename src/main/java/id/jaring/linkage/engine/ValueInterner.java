package id.jaring.linkage.engine;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Shares one char array among the records of a field that have the same standardised value: sex,
 * region codes, birth places, birth dates and many addresses repeat millions of times at 10M records,
 * each copy costing an array header and its characters. A field whose values mostly differ (NIK,
 * names) stops being interned after a sample, so its dictionary does not grow for nothing; the
 * dictionary is bounded in any case. The shared arrays are never written to.
 */
final class ValueInterner {

    static final int SAMPLE = 100_000;
    static final int MAX_ENTRIES = 1 << 18;

    private final ConcurrentHashMap<String, char[]> dictionary = new ConcurrentHashMap<>();
    private final AtomicLong lookups = new AtomicLong();
    private volatile boolean active = true;

    /** The shared array for the value, or a fresh one when this field is not (or no longer) interned. */
    char[] intern(String value) {
        if (!active) {
            return value.toCharArray();
        }
        char[] shared = dictionary.get(value);
        if (shared != null) {
            lookups.incrementAndGet();
            return shared;
        }
        long seen = lookups.incrementAndGet();
        if (seen >= SAMPLE && dictionary.size() > seen / 3) {
            active = false; // mostly distinct values: interning costs more than it saves
            dictionary.clear();
            return value.toCharArray();
        }
        if (dictionary.size() >= MAX_ENTRIES) {
            return value.toCharArray();
        }
        return dictionary.computeIfAbsent(value, String::toCharArray);
    }

    boolean active() {
        return active;
    }
}
