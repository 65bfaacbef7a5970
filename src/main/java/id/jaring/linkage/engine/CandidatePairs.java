package id.jaring.linkage.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import id.jaring.linkage.LinkageModel;

/**
 * Candidate pairs from the union of the model's blocking keys, deduplicated, as longs
 * {@code (i << 32) | j} with i < j, sorted. Records are sorted by (key hash, index) packed into
 * one long each; blocks up to the size cap give all their pairs, larger blocks only the pairs
 * within a sliding window over the records sorted by the model's sort field.
 */
public final class CandidatePairs {

    private static final int INDEX_BITS = 24;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    private CandidatePairs() {
    }

    /**
     * All candidate pairs; with firstNew > 0 only pairs with at least one record at or after
     * firstNew (incremental linkage of new records against indexed ones).
     */
    public static long[] generate(RecordSet records, int firstNew) {
        return generate(records, firstNew, new ArrayList<>());
    }

    /** What one blocking key contributed: pairs emitted (before the union is deduplicated), largest block, blocks windowed. */
    public record KeyStats(String key, long pairs, int largestBlock, int windowedBlocks) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%-50s %,12d pairs, largest block %,d, %,d blocks windowed", key,
                    pairs, largestBlock, windowedBlocks);
        }
    }

    /** As {@link #generate(RecordSet, int)}, adding one {@link KeyStats} per blocking key to {@code stats}. */
    public static long[] generate(RecordSet records, int firstNew, List<KeyStats> stats) {
        if (records.size() > INDEX_MASK) {
            throw new IllegalArgumentException("at most " + INDEX_MASK + " records per run");
        }
        LinkageModel model = records.model();
        LongBuffer out = new LongBuffer(records.size() * 4L);
        int sortField = model.fieldIndex(model.blockingOptions().sortField() != null ? model.blockingOptions().sortField()
                : model.comparisons().get(0).field());
        for (List<String> key : model.blocking()) {
            long[] hashes = BlockingKeys.compute(records, key);
            int before = out.size();
            int[] largestAndWindowed = emit(records, hashes, model.blockingOptions(), sortField, firstNew, out);
            stats.add(new KeyStats(String.join("+", key), out.size() - before, largestAndWindowed[0], largestAndWindowed[1]));
        }
        long[] pairs = out.toArray();
        Arrays.parallelSort(pairs);
        int unique = 0;
        for (int i = 0; i < pairs.length; i++) {
            if (i == 0 || pairs[i] != pairs[i - 1]) {
                pairs[unique++] = pairs[i];
            }
        }
        return Arrays.copyOf(pairs, unique);
    }

    private static int[] emit(RecordSet records, long[] hashes, LinkageModel.BlockingOptions options, int sortField,
            int firstNew, LongBuffer out) {
        int largest = 0;
        int windowed = 0;
        int n = hashes.length;
        long[] packed = new long[n];
        int m = 0;
        for (int r = 0; r < n; r++) {
            if (hashes[r] != 0) {
                packed[m++] = (hashes[r] & ~INDEX_MASK) | r;
            }
        }
        packed = Arrays.copyOf(packed, m);
        Arrays.parallelSort(packed);
        int start = 0;
        while (start < m) {
            long block = packed[start] & ~INDEX_MASK;
            int end = start + 1;
            while (end < m && (packed[end] & ~INDEX_MASK) == block) {
                end++;
            }
            int size = end - start;
            largest = Math.max(largest, size);
            if (size > 1) {
                if (size <= options.maxBlockSize()) {
                    for (int a = start; a < end; a++) {
                        int i = (int) (packed[a] & INDEX_MASK);
                        for (int b = a + 1; b < end; b++) {
                            add(i, (int) (packed[b] & INDEX_MASK), firstNew, out);
                        }
                    }
                } else {
                    windowed++;
                    window(records, packed, start, end, options.window(), sortField, firstNew, out);
                }
            }
            start = end;
        }
        return new int[] {largest, windowed};
    }

    private static void window(RecordSet records, long[] packed, int start, int end, int window, int sortField,
            int firstNew, LongBuffer out) {
        Integer[] members = new Integer[end - start];
        for (int a = start; a < end; a++) {
            members[a - start] = (int) (packed[a] & INDEX_MASK);
        }
        char[] empty = new char[0];
        Arrays.sort(members, (x, y) -> {
            char[] vx = records.value(sortField, x);
            char[] vy = records.value(sortField, y);
            return Arrays.compare(vx == null ? empty : vx, vy == null ? empty : vy);
        });
        for (int a = 0; a < members.length; a++) {
            for (int b = a + 1; b < Math.min(members.length, a + 1 + window); b++) {
                add(members[a], members[b], firstNew, out);
            }
        }
    }

    private static void add(int i, int j, int firstNew, LongBuffer out) {
        int lo = Math.min(i, j);
        int hi = Math.max(i, j);
        if (hi >= firstNew) {
            out.add(((long) lo << 32) | hi);
        }
    }

    public static int first(long pair) {
        return (int) (pair >>> 32);
    }

    public static int second(long pair) {
        return (int) pair;
    }

    /** A growable primitive long array. */
    static final class LongBuffer {
        private long[] data;
        private int size;

        LongBuffer(long capacity) {
            data = new long[(int) Math.min(Integer.MAX_VALUE - 16, Math.max(16, capacity))];
        }

        void add(long v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 16, data.length * 2L));
            }
            data[size++] = v;
        }

        int size() {
            return size;
        }

        long[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
