package id.jaring.linkage.compare;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The words of one name column interned as ints, so that a name comparison works on word ids:
 * equal words are recognised by id, and the Jaro-Winkler of two different words is computed once
 * per thread and then found in a small cache (the same few thousand given names recur millions of
 * times). Gives the same similarity as {@link Levels#nameSimilarity(char[], char[])}.
 */
public final class NameTokens {

    /** At most this many words per name take part (as in Levels). */
    static final int MAX_WORDS = 16;

    private final char[][] words;
    private final int[][] ids;
    private final ThreadLocal<PairCache> cache = ThreadLocal.withInitial(() -> new PairCache(18));
    private final ThreadLocal<double[]> scratch = ThreadLocal.withInitial(() -> new double[2 * MAX_WORDS]);

    private NameTokens(char[][] words, int[][] ids) {
        this.words = words;
        this.ids = ids;
    }

    /** Interns the words of every value of a column (null values stay null). */
    public static NameTokens of(char[][] column, int size) {
        ConcurrentHashMap<String, Integer> dictionary = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        int[][] ids = new int[size][];
        IntStream.range(0, size).parallel().forEach(r -> {
            char[] v = column[r];
            if (v == null) {
                return;
            }
            int[] out = new int[MAX_WORDS];
            int n = 0;
            int i = 0;
            while (i < v.length && n < MAX_WORDS) {
                while (i < v.length && v[i] == ' ') {
                    i++;
                }
                int start = i;
                while (i < v.length && v[i] != ' ') {
                    i++;
                }
                if (i > start) {
                    out[n++] = dictionary.computeIfAbsent(new String(v, start, i - start), w -> next.getAndIncrement());
                }
            }
            ids[r] = Arrays.copyOf(out, n);
        });
        char[][] words = new char[next.get()][];
        dictionary.forEach((w, id) -> words[id] = w.toCharArray());
        return new NameTokens(words, ids);
    }

    public int[] ids(int record) {
        return ids[record];
    }

    public int distinctWords() {
        return words.length;
    }

    /**
     * The name similarity of records ra and rb (whole values a and b): the better of whole-name
     * Jaro-Winkler and the symmetric mean of each word's best match. When the word part already
     * reaches {@code enough}, the whole-name comparison is skipped (it could only raise a value that
     * is already in the top band).
     */
    public double similarity(char[] a, int ra, char[] b, int rb, double enough) {
        int[] ta = ids[ra];
        int[] tb = ids[rb];
        int na = ta.length;
        int nb = tb.length;
        if (na == 0 || nb == 0) {
            return JaroWinkler.similarity(a, b);
        }
        PairCache pairs = cache.get();
        if (na == 1 && nb == 1) {
            return wordJaroWinkler(ta[0], tb[0], pairs);
        }
        double[] best = scratch.get(); // best[0, na) for the words of a, best[16, 16 + nb) for those of b
        Arrays.fill(best, 0, na, 0);
        Arrays.fill(best, MAX_WORDS, MAX_WORDS + nb, 0);
        for (int i = 0; i < na; i++) {
            for (int j = 0; j < nb; j++) {
                double s = wordSimilarity(ta[i], tb[j], pairs);
                if (s > best[i]) {
                    best[i] = s;
                }
                if (s > best[MAX_WORDS + j]) {
                    best[MAX_WORDS + j] = s;
                }
            }
        }
        double sum = 0;
        for (int i = 0; i < na; i++) {
            sum += best[i];
        }
        for (int j = 0; j < nb; j++) {
            sum += best[MAX_WORDS + j];
        }
        double words = sum / (na + nb);
        if (words >= enough) {
            return words;
        }
        return Math.max(words, JaroWinkler.similarity(a, b));
    }

    /** Two words: 1 when the same, 0.85 when one is the other's initial, else their Jaro-Winkler. */
    private double wordSimilarity(int x, int y, PairCache pairs) {
        if (x == y) {
            return 1;
        }
        char[] wx = words[x];
        char[] wy = words[y];
        if ((wx.length == 1 || wy.length == 1) && wx[0] == wy[0]) {
            return 0.85;
        }
        return wordJaroWinkler(x, y, pairs);
    }

    private double wordJaroWinkler(int x, int y, PairCache pairs) {
        if (x == y) {
            return 1;
        }
        int lo = Math.min(x, y);
        int hi = Math.max(x, y);
        long key = ((long) lo << 32) | hi;
        double cached = pairs.get(key);
        if (!Double.isNaN(cached)) {
            return cached;
        }
        double s = JaroWinkler.similarity(words[lo], words[hi]);
        pairs.put(key, s);
        return s;
    }

    /** A direct-mapped cache from a word pair to its similarity: a collision simply overwrites. */
    static final class PairCache {
        private final long[] keys;
        private final double[] values;
        private final int mask;

        PairCache(int bits) {
            keys = new long[1 << bits];
            values = new double[1 << bits];
            mask = (1 << bits) - 1;
            Arrays.fill(keys, -1L);
        }

        double get(long key) {
            int slot = slot(key);
            return keys[slot] == key ? values[slot] : Double.NaN;
        }

        void put(long key, double value) {
            int slot = slot(key);
            keys[slot] = key;
            values[slot] = value;
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & mask;
        }
    }
}
