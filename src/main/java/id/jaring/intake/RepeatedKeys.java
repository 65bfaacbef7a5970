package id.jaring.intake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A prefilter for the duplicate checks of {@link BatchValidation}, fed while the file streams
 * by: remembers a 64-bit hash of every key (8 to 16 bytes per row, not the keys themselves) and
 * lists the keys whose hash was seen before. Equal keys always have equal hashes, so no repeated
 * key is missed; a rare collision only lists a key that SQL then finds unrepeated. SQL still
 * decides which rows repeat (the first one stands), but only over the listed keys instead of
 * sorting the whole batch. Not thread-safe: one per staging run.
 */
final class RepeatedKeys {

    /** More listed keys than this: SQL checks every key of the batch, as without a prefilter. */
    static final int MAX_LISTED = 50_000;

    private long[] table = new long[1 << 16];
    private int size;
    private final Set<String> listed = new LinkedHashSet<>();
    private boolean tooMany;

    /** Notes a key (null: nothing to note). */
    void add(String key) {
        if (key == null) {
            return;
        }
        if (!insert(hash(key)) && !tooMany) {
            listed.add(key.indexOf(0) < 0 ? key : key.replace("\0", "")); // as staged
            if (listed.size() > MAX_LISTED) {
                tooMany = true;
                listed.clear();
            }
        }
    }

    /** The keys that may repeat (usually none); null when there were too many to list. */
    List<String> candidates() {
        return tooMany ? null : new ArrayList<>(listed);
    }

    /** @return false when the hash was there already */
    private boolean insert(long h) {
        if (size * 2 >= table.length) {
            grow();
        }
        int mask = table.length - 1;
        int i = (int) h & mask;
        while (table[i] != 0) {
            if (table[i] == h) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = h;
        size++;
        return true;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long h : old) {
            if (h != 0) {
                int i = (int) h & mask;
                while (table[i] != 0) {
                    i = (i + 1) & mask;
                }
                table[i] = h;
            }
        }
    }

    /**
     * FNV-1a over the characters, then a 64-bit finaliser that spreads similar keys; never 0 (the
     * empty slot). NUL characters are skipped, as {@link CopyText} drops them from the staged value.
     */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c != 0) {
                h ^= c;
                h *= 0x100000001b3L;
            }
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
