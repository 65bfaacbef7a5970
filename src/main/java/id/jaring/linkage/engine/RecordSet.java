package id.jaring.linkage.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import id.jaring.linkage.LinkageModel;
import id.jaring.linkage.LinkageModel.FieldType;
import id.jaring.linkage.standardise.Addresses;
import id.jaring.linkage.standardise.Dates;
import id.jaring.linkage.standardise.Names;
import id.jaring.linkage.standardise.Nik;
import id.jaring.linkage.standardise.Sexes;
import id.jaring.linkage.standardise.Texts;

/**
 * Standardised records in columns: per field one array of char arrays (null when missing) and,
 * for dates, an int YYYYMMDD array. Each value is standardised once, when added. Records are
 * numbered in the order they were added; incremental linkage appends new records after the
 * indexed ones.
 */
public final class RecordSet {

    private final LinkageModel model;
    private final List<String> sourceNames = new ArrayList<>();
    private int size;
    private int[] source = new int[1024];
    private String[] recordId = new String[1024];
    private char[][][] values;
    private int[][] dates;
    private final ValueInterner[] interners;

    public RecordSet(LinkageModel model) {
        this.model = model;
        int f = model.fields().size();
        values = new char[f][][];
        dates = new int[f][];
        interners = new ValueInterner[f];
        for (int i = 0; i < f; i++) {
            values[i] = new char[1024][];
            interners[i] = new ValueInterner();
            if (model.fields().get(i).type() == FieldType.DATE) {
                dates[i] = new int[1024];
            }
        }
    }

    public LinkageModel model() {
        return model;
    }

    public int size() {
        return size;
    }

    /** The index of a source name, registering it when new. */
    public int sourceIndex(String name) {
        int i = sourceNames.indexOf(name);
        if (i < 0) {
            sourceNames.add(name);
            i = sourceNames.size() - 1;
        }
        return i;
    }

    public List<String> sourceNames() {
        return List.copyOf(sourceNames);
    }

    public int source(int record) {
        return source[record];
    }

    public String sourceName(int record) {
        return sourceNames.get(source[record]);
    }

    public String recordId(int record) {
        return recordId[record];
    }

    /** The standardised value of a field (null when missing). */
    public char[] value(int field, int record) {
        return values[field][record];
    }

    /** The date of a DATE field as YYYYMMDD (0 when missing). */
    public int date(int field, int record) {
        return dates[field][record];
    }

    public char[][] column(int field) {
        return values[field];
    }

    public int[] dateColumn(int field) {
        return dates[field];
    }

    /**
     * Adds a batch of raw rows of one source: {@code raw[row][field]} holds each field's raw text
     * (columns already joined). Standardisation runs in parallel.
     */
    public void addAll(String sourceName, String[] ids, String[][] raw) {
        int s = sourceIndex(sourceName);
        int n = raw.length;
        int start = size;
        ensure(size + n);
        size += n;
        FieldType[] types = model.fields().stream().map(LinkageModel.Field::type).toArray(FieldType[]::new);
        IntStream.range(0, n).parallel().forEach(r -> {
            int at = start + r;
            source[at] = s;
            recordId[at] = ids[r];
            String[] row = raw[r];
            for (int f = 0; f < types.length; f++) {
                String v = row[f];
                if (types[f] == FieldType.DATE) {
                    dates[f][at] = Dates.parse(v);
                    values[f][at] = dates[f][at] == 0 ? null : interners[f].intern(Integer.toString(dates[f][at]));
                } else {
                    String std = standardise(types[f], v);
                    values[f][at] = std == null ? null : interners[f].intern(std);
                }
            }
        });
    }

    static String standardise(FieldType type, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        return switch (type) {
            case PERSON_NAME -> Names.standardise(raw);
            case TEXT -> Texts.clean(raw);
            case ADDRESS -> Addresses.standardise(raw);
            case PLACE -> Addresses.place(raw);
            case NIK -> Nik.standardise(raw);
            case DIGITS -> Texts.digits(raw);
            case SEX -> Sexes.standardise(raw);
            case DATE -> throw new IllegalArgumentException("dates are parsed, not cleaned");
        };
    }

    private void ensure(int capacity) {
        if (capacity <= source.length) {
            return;
        }
        int c = Math.max(capacity, source.length * 2);
        source = java.util.Arrays.copyOf(source, c);
        recordId = java.util.Arrays.copyOf(recordId, c);
        for (int f = 0; f < values.length; f++) {
            values[f] = java.util.Arrays.copyOf(values[f], c);
            if (dates[f] != null) {
                dates[f] = java.util.Arrays.copyOf(dates[f], c);
            }
        }
    }
}
