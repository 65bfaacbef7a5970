package id.jaring.linkage.engine;

import java.util.List;

/**
 * The model's blocking keys of each record as one 64-bit value per key and record, for a blocking
 * index kept outside the engine (incremental linkage against a database): two records are
 * candidates when they share a value. The key's position in the model is mixed in, so values of
 * different keys never meet. 0 means the record has no value for that key.
 */
public final class RecordKeys {

    private RecordKeys() {
    }

    /** @return keys[key index][record] */
    public static long[][] of(RecordSet records) {
        List<List<String>> blocking = records.model().blocking();
        long[][] keys = new long[blocking.size()][];
        for (int k = 0; k < keys.length; k++) {
            long[] hashes = BlockingKeys.compute(records, blocking.get(k));
            for (int r = 0; r < hashes.length; r++) {
                if (hashes[r] != 0) {
                    long h = BlockingKeys.mix(hashes[r] + 0x632BE59BD9B4E019L * (k + 1));
                    hashes[r] = h == 0 ? 1 : h;
                }
            }
            keys[k] = hashes;
        }
        return keys;
    }
}
