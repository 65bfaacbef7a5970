package id.jaring.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.stereotype.Component;

import id.jaring.intake.file.FileLimits;
import id.jaring.intake.file.TabularFile;
import id.jaring.intake.file.value.DateOrder;
import id.jaring.wilayah.Regions;

/**
 * Streams a file through the mapping into import_person_row and its Java-found issues into
 * import_issue, with COPY in rounds of {@value #ROUND} rows: memory stays bounded whatever the
 * file's size, and nothing is inserted row by row. Each round commits on its own (progress is
 * visible at once); a restage first removes what an interrupted run left.
 */
@Component
class Staging {

    static final int ROUND = 10_000;
    /** Rows read ahead to find the file's date order. */
    static final int SAMPLE = 2_000;

    private static final String ROW_COPY = """
            copy import_person_row (batch_id, row_number, record_id, nik, no_kk, nama, jenis_kelamin, tempat_lahir,
                tanggal_lahir, hubungan_keluarga, nama_ibu_kandung, alamat, rt, rw, kode_wilayah, jenjang_sekolah, hamil,
                hpl, disabilitas, pekerjaan, penghasilan_bulanan, status_kawin, extra) from stdin (format csv)
            """;
    static final String ISSUE_COPY = """
            copy import_issue (batch_id, row_number, code, column_name, value, severity) from stdin (format csv)
            """;

    private final DataSource dataSource;
    private final Regions regions;
    private final ImportBatches batches;
    private final FileOpener files;

    Staging(DataSource dataSource, Regions regions, ImportBatches batches, FileOpener files) {
        this.dataSource = dataSource;
        this.regions = regions;
        this.batches = batches;
        this.files = files;
    }

    TabularFile open(Path file, String encoding) {
        return files.open(file, encoding);
    }

    /**
     * @param rows the number of data rows staged
     * @param repeated the keys that may occur more than once, for the duplicate checks
     */
    record Staged(long rows, BatchValidation.Repeated repeated) {
    }

    Staged stage(long batchId, Path file, String encoding, long sizeBytes, Map<String, String> mapping) {
        batches.clearStaging(batchId);
        try (TabularFile table = files.open(file, encoding);
                Connection connection = dataSource.getConnection();
                CopyWriter writer = new CopyWriter(connection, batchId)) {
            // day or month first is a property of the file: decided on its first rows' dates
            java.util.List<TabularFile.Row> sample = new java.util.ArrayList<>(SAMPLE);
            TabularFile.Row row;
            while (sample.size() < SAMPLE && (row = table.next()) != null) {
                sample.add(row);
            }
            RowReader reader = new RowReader(table.header(), mapping, regions, dateOrder(table.header(), mapping, sample),
                    table.facts().date1904());
            CopyText rows = new CopyText();
            CopyText issues = new CopyText();
            RepeatedKeys niks = new RepeatedKeys();
            RepeatedKeys recordIds = new RepeatedKeys();
            RepeatedKeys headKks = new RepeatedKeys();
            long count = 0;
            long chars = 0;
            java.util.Iterator<TabularFile.Row> sampled = sample.iterator();
            while ((row = sampled.hasNext() ? sampled.next() : table.next()) != null) {
                reader.read(row);
                append(rows, batchId, row.number(), reader);
                String[] v = reader.values;
                niks.add(v[CanonicalColumn.NIK.ordinal()]);
                recordIds.add(v[CanonicalColumn.RECORD_ID.ordinal()]);
                if ("KEPALA KELUARGA".equals(v[CanonicalColumn.HUBUNGAN_KELUARGA.ordinal()])) {
                    headKks.add(v[CanonicalColumn.NO_KK.ordinal()]);
                }
                for (IssueView issue : reader.issues) {
                    issue(issues, batchId, issue);
                }
                count++;
                for (String cell : row.cells()) {
                    chars += cell.length() + 1;
                }
                if (rows.rows() == ROUND) {
                    writer.send(rows, issues);
                    batches.progress(batchId, count, Math.max(count, Math.round(sizeBytes * (double) count / Math.max(1, chars))));
                }
            }
            writer.send(rows, issues);
            writer.finish();
            batches.progress(batchId, count, count);
            return new Staged(count, new BatchValidation.Repeated(niks.candidates(), recordIds.candidates(),
                    headKks.candidates()));
        } catch (SQLException e) {
            throw new IllegalStateException("staging COPY failed for batch " + batchId, e);
        } catch (IOException e) {
            throw new UncheckedIOException("staging COPY failed for batch " + batchId, e);
        }
    }

    private static DateOrder dateOrder(java.util.List<String> header, Map<String, String> mapping,
            java.util.List<TabularFile.Row> sample) {
        java.util.List<String> dates = new java.util.ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String target = mapping.getOrDefault(header.get(i), "");
            if (target.equals("tanggal_lahir") || target.equals("hpl")) {
                for (TabularFile.Row r : sample) {
                    dates.add(r.cell(i));
                }
            }
        }
        return DateOrder.detect(dates);
    }

    private static void append(CopyText out, long batchId, long rowNumber, RowReader reader) {
        out.number(batchId).number(rowNumber);
        for (String value : reader.values) {
            out.text(value);
        }
        out.text(reader.extraJson).endRow();
    }

    static void issue(CopyText out, long batchId, IssueView issue) {
        out.number(batchId).number(issue.rowNumber()).text(issue.code()).text(issue.column()).text(issue.value())
                .text(issue.severity()).endRow();
    }

    /**
     * COPYs rounds on a thread of its own while the caller reads the next round: reading and
     * checking the file and PostgreSQL's COPY overlap instead of taking turns. At most
     * {@value #AHEAD} rounds wait, so memory stays bounded. A failure on either side stops both;
     * close() waits for the COPY thread before the connection is closed.
     */
    private static final class CopyWriter implements AutoCloseable {

        private static final int AHEAD = 2;
        private static final byte[][] END = new byte[0][];

        private final java.util.concurrent.BlockingQueue<byte[][]> rounds =
                new java.util.concurrent.ArrayBlockingQueue<>(AHEAD);
        private final java.util.concurrent.ExecutorService thread;
        private final java.util.concurrent.Future<?> copying;
        private boolean finished;

        CopyWriter(Connection connection, long batchId) throws SQLException {
            connection.setAutoCommit(true);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            thread = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "staging-copy-" + batchId);
                t.setDaemon(true);
                return t;
            });
            copying = thread.submit(() -> {
                byte[][] round;
                while ((round = rounds.take()) != END) {
                    if (round[0] != null) {
                        copy.copyIn(ROW_COPY, new ByteArrayInputStream(round[0]));
                    }
                    if (round[1] != null) {
                        copy.copyIn(ISSUE_COPY, new ByteArrayInputStream(round[1]));
                    }
                }
                return null;
            });
        }

        /** Hands the rows and issues over (and clears them), waiting while the COPY thread is behind. */
        void send(CopyText rows, CopyText issues) throws SQLException, IOException {
            byte[][] round = {rows.rows() > 0 ? rows.bytes() : null, issues.rows() > 0 ? issues.bytes() : null};
            rows.clear();
            issues.clear();
            if (round[0] == null && round[1] == null) {
                return;
            }
            try {
                while (!rounds.offer(round, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    if (copying.isDone()) {
                        finish(); // throws what the COPY thread failed with
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("staging interrupted", e);
            }
        }

        /** Waits until every round is COPYed; throws what the COPY failed with. */
        void finish() throws SQLException, IOException {
            try {
                if (!copying.isDone()) {
                    rounds.put(END);
                }
                copying.get();
                finished = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("staging interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof SQLException sql) {
                    throw sql;
                }
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException("staging COPY failed", e.getCause());
            }
        }

        @Override
        public void close() {
            if (!finished) {
                // the reading side failed: drop what waits and let the COPY thread end after its round
                rounds.clear();
                rounds.offer(END);
            }
            thread.shutdown();
            try {
                // the connection closes after this: the COPY thread must be done with it
                while (!thread.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    rounds.offer(END);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Opens agency files; the seam lets the command and tests use the same file layer. */
    interface FileOpener {
        TabularFile open(Path file, String declaredEncoding);
    }

    @Component
    static class FileLayerOpener implements FileOpener {

        private final FileLimits limits;

        FileLayerOpener(IntakeProperties properties) {
            this.limits = properties.limits();
        }

        @Override
        public TabularFile open(Path file, String declaredEncoding) {
            return id.jaring.intake.file.TabularFiles.open(file, declaredEncoding, limits);
        }
    }
}
