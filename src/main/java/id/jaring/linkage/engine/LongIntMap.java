package id.jaring.linkage.engine;

/**
 * An open-addressing map from long keys (hashes of ids) to ints, for the millions of keys of a
 * truth file where a HashMap of Strings would cost ten times the memory. Key 0 is not allowed.
 */
public final class LongIntMap {

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    public LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    public int size() {
        return size;
    }

    /** The value of a key, or {@code missing}. */
    public int get(long key, int missing) {
        int slot = slot(key);
        while (keys[slot] != 0) {
            if (keys[slot] == key) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return missing;
    }

    /** The value of a key; when absent, stores {@code value} and returns it. */
    public int putIfAbsent(long key, int value) {
        if (key == 0) {
            throw new IllegalArgumentException("key 0");
        }
        int slot = slot(key);
        while (keys[slot] != 0) {
            if (keys[slot] == key) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
        return value;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slot(oldKeys[i]);
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private int slot(long key) {
        return (int) (BlockingKeys.mix(key) & mask);
    }

    /** A 64-bit hash of a text (never 0); two different ids collide with probability about 2^-64. */
    public static long hash(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h = BlockingKeys.mix(h);
        return h == 0 ? 1 : h;
    }

    @Override
    public String toString() {
        return "LongIntMap[" + size + " of " + keys.length + "]";
    }
}
