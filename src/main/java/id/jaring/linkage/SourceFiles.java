package id.jaring.linkage;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import id.jaring.linkage.engine.CsvStream;
import id.jaring.linkage.engine.LongIntMap;
import id.jaring.linkage.engine.RecordSet;

/**
 * Reads agency files into standardised records and truth files into true entities, streaming: a
 * file is never held in memory as text, only batches of the raw values the model uses, and a batch
 * is standardised (on the other cores) while the next one is parsed.
 */
public final class SourceFiles {

    static final int BATCH = 1 << 15;

    private SourceFiles() {
    }

    /** Reads the files into standardised records, per the model's columns. */
    public static RecordSet read(LinkageModel model, Map<String, Path> sources) {
        RecordSet records = new RecordSet(model);
        ExecutorService standardiser = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "standardise");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletableFuture<Void> previous = CompletableFuture.completedFuture(null);
            for (Map.Entry<String, Path> source : sources.entrySet()) {
                try (CsvStream csv = CsvStream.open(source.getValue())) {
                    previous = add(records, model, source.getKey(), csv, standardiser, previous);
                }
            }
            previous.join();
        } finally {
            standardiser.shutdown();
        }
        return records;
    }

    private static CompletableFuture<Void> add(RecordSet records, LinkageModel model, String source, CsvStream csv,
            ExecutorService standardiser, CompletableFuture<Void> previous) {
        int idColumn = model.idColumn() == null ? -1 : csv.column(model.idColumn());
        int fields = model.fields().size();
        int[][] columns = new int[fields][];
        for (int f = 0; f < fields; f++) {
            List<String> names = model.fields().get(f).columns();
            columns[f] = names.stream().mapToInt(csv::column).toArray();
        }
        int row = 0;
        int inBatch = 0;
        String[] ids = new String[BATCH];
        String[][] raw = new String[BATCH][];
        while (csv.next()) {
            row++;
            ids[inBatch] = idColumn >= 0 && !csv.isEmpty(idColumn) ? csv.get(idColumn) : Integer.toString(row);
            String[] values = new String[fields];
            for (int f = 0; f < fields; f++) {
                values[f] = join(csv, columns[f]);
            }
            raw[inBatch++] = values;
            if (inBatch == BATCH) {
                previous = submit(records, source, ids, raw, inBatch, standardiser, previous);
                ids = new String[BATCH];
                raw = new String[BATCH][];
                inBatch = 0;
            }
        }
        return inBatch == 0 ? previous : submit(records, source, ids, raw, inBatch, standardiser, previous);
    }

    /** Standardises a batch after the previous one (records keep the file order). */
    private static CompletableFuture<Void> submit(RecordSet records, String source, String[] ids, String[][] raw, int n,
            ExecutorService standardiser, CompletableFuture<Void> previous) {
        String[] batchIds = n == ids.length ? ids : java.util.Arrays.copyOf(ids, n);
        String[][] batch = n == raw.length ? raw : java.util.Arrays.copyOf(raw, n);
        previous.join(); // at most one batch waits: memory stays bounded
        return CompletableFuture.runAsync(() -> records.addAll(source, batchIds, batch), standardiser);
    }

    private static String join(CsvStream csv, int[] columns) {
        if (columns.length == 1) {
            return csv.isEmpty(columns[0]) ? null : csv.get(columns[0]);
        }
        StringBuilder sb = new StringBuilder();
        for (int c : columns) {
            if (!csv.isEmpty(c)) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(csv.get(c));
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    /**
     * The truth of an evaluation run: the true entity per record (dense numbers, -1 where the truth
     * file does not know the record) and, per entity, a 64-bit hash of its person id (to join
     * further truth such as a person's household).
     */
    public record Truth(int[] entity, long[] personKeys) {
    }

    /** Reads a truth file source,record_id,person_id, streaming. */
    public static Truth truth(RecordSet records, Path truthFile) {
        int n = records.size();
        int[] index = recordIndex(records);
        int[] entity = new int[n];
        java.util.Arrays.fill(entity, -1);
        LongIntMap persons = new LongIntMap(Math.max(16, n / 2));
        long[] personKeys = new long[Math.max(16, n / 2)];
        try (CsvStream csv = CsvStream.open(truthFile)) {
            int s = csv.column("source");
            int id = csv.column("record_id");
            int person = csv.column("person_id");
            if (s < 0 || id < 0 || person < 0) {
                throw new IllegalArgumentException("truth file needs the columns source,record_id,person_id");
            }
            List<String> sourceNames = records.sourceNames();
            while (csv.next()) {
                int source = sourceNames.indexOf(csv.get(s));
                int r = source < 0 ? -1 : find(records, index, source, csv.get(id));
                if (r < 0) {
                    continue;
                }
                long key = LongIntMap.hash(csv.get(person));
                int e = persons.putIfAbsent(key, persons.size());
                if (e == personKeys.length) {
                    personKeys = java.util.Arrays.copyOf(personKeys, e * 2);
                }
                personKeys[e] = key;
                entity[r] = e;
            }
        }
        return new Truth(entity, java.util.Arrays.copyOf(personKeys, persons.size()));
    }

    /** An open-addressing table of record numbers + 1, by source and record id. */
    private static int[] recordIndex(RecordSet records) {
        int n = records.size();
        int[] table = new int[Integer.highestOneBit(Math.max(16, 2 * n - 1)) << 1];
        int mask = table.length - 1;
        for (int r = 0; r < n; r++) {
            int slot = slot(records.source(r), records.recordId(r), mask);
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = r + 1;
        }
        return table;
    }

    private static int find(RecordSet records, int[] table, int source, String recordId) {
        int mask = table.length - 1;
        int slot = slot(source, recordId, mask);
        while (table[slot] != 0) {
            int r = table[slot] - 1;
            if (records.source(r) == source && records.recordId(r).equals(recordId)) {
                return r;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private static int slot(int source, String recordId, int mask) {
        return (int) ((LongIntMap.hash(recordId) * 31 + source) * 0x9E3779B97F4A7C15L >>> 20) & mask;
    }
}
