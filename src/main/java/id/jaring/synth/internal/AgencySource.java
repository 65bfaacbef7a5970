package id.jaring.synth.internal;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * One agency file being written: its selection, style and error rates, its own record keys, and
 * a small shuffle buffer so that rows do not come in the population's order.
 */
final class AgencySource implements Closeable {

    static final int SHUFFLE_BUFFER = 4096;
    private static final long RECORD_ID_MODULUS = 10_000_000_000L;

    private final int index;
    private final String name;
    private final AgencyKind kind;
    private final int targetKab;
    private final ErrorProfile errors;
    private final double errorScale;
    private final String[] columns;
    private final CsvWriter out;
    private final List<String[]> buffer = new ArrayList<>(SHUFFLE_BUFFER);
    private final SplittableRandom shuffle;
    private final long idMultiplier;
    private final long idOffset;
    private long records;

    AgencySource(int index, String agencyName, AgencyKind kind, int targetKab, double errorScale, long seed, Path dir) {
        this.index = index;
        this.name = "source_" + index + "_" + agencyName;
        this.kind = kind;
        this.targetKab = targetKab;
        this.errorScale = errorScale;
        this.errors = kind.errors.scaled(errorScale);
        List<String> all = new ArrayList<>(AgencyKind.BASE_COLUMNS);
        all.addAll(kind.extraColumns);
        this.columns = all.toArray(String[]::new);
        this.shuffle = Rand.stream(seed, 200 + index, 0);
        // an affine map modulo 10^10 with a multiplier prime to 10 is a bijection: unique keys
        // that do not reveal the order (nor the person id) of the truth
        long m = Math.floorMod(Rand.mix(seed * 31 + index), RECORD_ID_MODULUS) | 1;
        while (m % 5 == 0) {
            m += 2;
        }
        this.idMultiplier = m;
        this.idOffset = Math.floorMod(Rand.mix(seed * 37 + index), RECORD_ID_MODULUS);
        this.out = new CsvWriter(dir.resolve(name + ".csv"), kind.style.delimiter(), kind.style.byteOrderMark());
        String[] header = columns.clone();
        if (kind.style.upperCaseHeader()) {
            for (int i = 0; i < header.length; i++) {
                header[i] = header[i].toUpperCase(Locale.ROOT);
            }
        }
        out.row(header);
    }

    String nextRecordId() {
        records++;
        // records stay below 2^27 (at most twice 20 million persons) and the multiplier below 2^34: no overflow
        long id = Math.floorMod(records * idMultiplier + idOffset, RECORD_ID_MODULUS);
        String digits = Long.toString(id);
        return kind.recordIdPrefix + "0".repeat(10 - digits.length()) + digits;
    }

    void add(String[] row) {
        buffer.add(row);
        if (buffer.size() == SHUFFLE_BUFFER) {
            flush();
        }
    }

    private void flush() {
        for (int i = buffer.size() - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            String[] t = buffer.get(i);
            buffer.set(i, buffer.get(j));
            buffer.set(j, t);
        }
        for (String[] row : buffer) {
            out.row(row);
        }
        buffer.clear();
    }

    @Override
    public void close() {
        flush();
        out.close();
    }

    int index() {
        return index;
    }

    String name() {
        return name;
    }

    AgencyKind kind() {
        return kind;
    }

    int targetKab() {
        return targetKab;
    }

    ErrorProfile errors() {
        return errors;
    }

    double errorScale() {
        return errorScale;
    }

    String[] columns() {
        return columns;
    }

    long records() {
        return records;
    }
}
