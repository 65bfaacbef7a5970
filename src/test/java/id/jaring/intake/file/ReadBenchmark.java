package id.jaring.intake.file;

import java.io.OutputStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One-off measurement, not a test: {@code java -Xmx256m -cp ... id.jaring.intake.file.ReadBenchmark
 * persons.csv [xlsxRows]}. Reads the CSV through the file layer (twice, the first run warms up),
 * then with commons-csv for comparison, then writes and reads an XLSX of the first rows.
 */
public final class ReadBenchmark {

    public static void main(String[] args) throws Exception {
        Path csv = Path.of(args[0]);
        int xlsxRows = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        for (int run = 1; run <= 2; run++) {
            long t0 = System.nanoTime();
            long rows = 0;
            long chars = 0;
            try (TabularFile t = TabularFiles.open(csv, null, FileLimits.DEFAULT)) {
                for (TabularFile.Row r = t.next(); r != null; r = t.next()) {
                    rows++;
                    chars += r.cells().get(0).length();
                }
            }
            report("file layer CSV run " + run, rows, t0, chars);
        }
        long t0 = System.nanoTime();
        long rows = 0;
        long chars = 0;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                rows++;
                chars += r.get(0).length();
            }
        }
        report("commons-csv 1.14 (no encoding/limits)", rows, t0, chars);

        if (xlsxRows > 0) {
            xlsx(csv, xlsxRows);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("peak heap (sum of pool peaks): %d MB, max heap %d MB%n", peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private static void xlsx(Path csv, int xlsxRows) throws Exception {
        long t0;
        long rows;
        long chars;
        Path xlsx = Files.createTempFile("bench", ".xlsx");
        try (TabularFile t = TabularFiles.open(csv, null, FileLimits.DEFAULT);
                SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, true);
                OutputStream out = Files.newOutputStream(xlsx)) {
            var sheet = wb.createSheet("data");
            var h = sheet.createRow(0);
            for (int c = 0; c < t.header().size(); c++) {
                h.createCell(c).setCellValue(t.header().get(c));
            }
            for (int i = 1; i <= xlsxRows; i++) {
                TabularFile.Row r = t.next();
                var row = sheet.createRow(i);
                for (int c = 0; c < r.cells().size(); c++) {
                    String v = r.cells().get(c);
                    if (c == 3 && !v.isEmpty()) {
                        row.createCell(c).setCellValue(Double.parseDouble(v)); // NIK as a number, as Excel users do
                    } else {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            wb.write(out);
            wb.dispose();
        }
        System.out.printf("xlsx of %d rows: %d bytes%n", xlsxRows, Files.size(xlsx));
        for (int run = 1; run <= 2; run++) {
            t0 = System.nanoTime();
            rows = 0;
            chars = 0;
            try (TabularFile t = TabularFiles.open(xlsx, null, FileLimits.DEFAULT)) {
                for (TabularFile.Row r = t.next(); r != null; r = t.next()) {
                    rows++;
                    chars += r.cells().get(3).length();
                }
            }
            report("file layer XLSX run " + run, rows, t0, chars);
        }
        Files.delete(xlsx);
    }

    private static void report(String what, long rows, long t0, long chars) {
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%-40s %,d rows in %.2f s = %,.0f rows/s (checksum %d)%n", what, rows, s, rows / s, chars);
    }
}
