package id.jaring.intake.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTabularFileTests {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    @Test
    void readsUtf8CommaCsvWithAccentsAndRowNumbers() throws IOException {
        Path f = write("nik,nama,alamat\n3602011205800001,Désirée Müller,KP. CIBADAK\n3602011205800002,Asep Sunandar Sunarya,JL. RAYA\n",
                StandardCharsets.UTF_8);
        try (TabularFile t = TabularFiles.open(f, null, FileLimits.DEFAULT)) {
            assertThat(t.facts()).isEqualTo(new TabularFile.FileFacts(TabularFile.Format.CSV, "UTF-8", ',', false, false));
            assertThat(t.header()).containsExactly("nik", "nama", "alamat");
            TabularFile.Row first = t.next();
            assertThat(first.number()).isEqualTo(2);
            assertThat(first.cells()).containsExactly("3602011205800001", "Désirée Müller", "KP. CIBADAK");
            assertThat(first.numericColumns()).isEmpty();
            assertThat(t.next().cells()).containsExactly("3602011205800002", "Asep Sunandar Sunarya", "JL. RAYA");
            assertThat(t.next()).isNull();
        }
    }

    @Test
    void detectsWindows1252WhenTheBytesAreNotUtf8() throws IOException {
        Path f = write("NAMA;KOTA\r\nDésirée;Müller\r\nAsep Sunandar Sunarya;Cilegon\r\n", CP1252);
        try (TabularFile t = TabularFiles.open(f, null, FileLimits.DEFAULT)) {
            assertThat(t.facts().encoding()).isEqualTo("windows-1252");
            assertThat(t.facts().delimiter()).isEqualTo(';');
            assertThat(t.header()).containsExactly("NAMA", "KOTA");
            assertThat(t.next().cells()).containsExactly("Désirée", "Müller");
            assertThat(t.next().cells()).containsExactly("Asep Sunandar Sunarya", "Cilegon");
        }
    }

    @Test
    void findsWindows1252AccentsFarBehindTheFirstBlock() throws IOException {
        StringBuilder s = new StringBuilder("nama,kota\n");
        for (int i = 0; i < 20_000; i++) {
            s.append("Budi ").append(i).append(",Serang\n");
        }
        s.append("Müller,Pandeglang\n");
        Path f = write(s.toString(), CP1252);
        try (TabularFile t = TabularFiles.open(f, null, FileLimits.DEFAULT)) {
            assertThat(t.facts().encoding()).isEqualTo("windows-1252");
            TabularFile.Row last = null;
            for (TabularFile.Row r = t.next(); r != null; r = t.next()) {
                last = r;
            }
            assertThat(last.cells()).containsExactly("Müller", "Pandeglang");
            assertThat(last.number()).isEqualTo(20_002);
        }
    }

    @Test
    void readsUtf8WithByteOrderMarkAndSemicolons() throws IOException {
        Path f = writeBytes(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "NIK;NAMA\n3601;Désirée\n".getBytes(StandardCharsets.UTF_8)));
        try (TabularFile t = TabularFiles.open(f, null, FileLimits.DEFAULT)) {
            assertThat(t.facts().byteOrderMark()).isTrue();
            assertThat(t.facts().encoding()).isEqualTo("UTF-8");
            assertThat(t.header()).containsExactly("NIK", "NAMA");
            assertThat(t.next().cells()).containsExactly("3601", "Désirée");
        }
    }

    @Test
    void readsUtf16WithByteOrderMarksAndTabs() throws IOException {
        String text = "nik\tnama\n1\tMüller\n";
        Path le = writeBytes(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
        Path be = writeBytes(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)));
        for (Path f : List.of(le, be)) {
            try (TabularFile t = TabularFiles.open(f, null, FileLimits.DEFAULT)) {
                assertThat(t.facts().encoding()).startsWith("UTF-16");
                assertThat(t.facts().delimiter()).isEqualTo('\t');
                assertThat(t.header()).containsExactly("nik", "nama");
                assertThat(t.next().cells()).containsExactly("1", "Müller");
            }
        }
    }

    @Test
    void theDeclaredEncodingWinsOverDetection() throws IOException {
        // valid UTF-8 bytes, but the operator says windows-1252: read as declared
        Path f = write("nama\nDésirée\n", StandardCharsets.UTF_8);
        try (TabularFile t = TabularFiles.open(f, "windows-1252", FileLimits.DEFAULT)) {
            assertThat(t.facts().encoding()).isEqualTo("windows-1252");
            assertThat(t.next().cells()).containsExactly("DÃ©sirÃ©e");
        }
    }

    @Test
    void bytesInvalidForTheDeclaredEncodingAreReportedWithTheLine() throws IOException {
        StringBuilder s = new StringBuilder("nama,kota\n");
        for (int i = 0; i < 5000; i++) {
            s.append("Budi,Serang\n");
        }
        s.append("Müller,Lebak\n");
        Path f = write(s.toString(), CP1252);
        try (TabularFile t = TabularFiles.open(f, "UTF-8", FileLimits.DEFAULT)) {
            assertThatThrownBy(() -> {
                while (t.next() != null) {
                    // read to the bad line
                }
            }).isInstanceOfSatisfying(FileProblem.class, p -> {
                assertThat(p.code()).isEqualTo(FileProblem.FILE_ENCODING_INVALID);
                assertThat((long) p.args()[0]).isBetween(5000L, 5002L);
            });
        }
    }

    @Test
    void anUnknownDeclaredEncodingIsRefused() throws IOException {
        Path f = write("nama\nBudi\n", StandardCharsets.UTF_8);
        assertProblem(f, "klingon-8", FileLimits.DEFAULT, FileProblem.FILE_ENCODING_UNKNOWN);
    }

    @Test
    void sniffsTheDelimiterOutsideQuotes() throws IOException {
        // commas inside quoted names must not make this a comma file
        Path f = write("nama;alamat;rt\n\"SUNARYA, H. ASEP\";\"KP. A, B, C\";3\n\"DEWI, S.Pd\";JL. X;4\n", StandardCharsets.UTF_8);
        try (TabularFile t = TabularFiles.open(f, null, FileLimits.DEFAULT)) {
            assertThat(t.facts().delimiter()).isEqualTo(';');
            assertThat(t.next().cells()).containsExactly("SUNARYA, H. ASEP", "KP. A, B, C", "3");
        }
        Path pipe = write("nik|nama\n1|Budi\n2|Siti\n", StandardCharsets.UTF_8);
        try (TabularFile t = TabularFiles.open(pipe, null, FileLimits.DEFAULT)) {
            assertThat(t.facts().delimiter()).isEqualTo('|');
            assertThat(t.next().cells()).containsExactly("1", "Budi");
        }
        Path single = write("nik\n1\n2\n", StandardCharsets.UTF_8);
        try (TabularFile t = TabularFiles.open(single, null, FileLimits.DEFAULT)) {
            assertThat(t.facts().delimiter()).isEqualTo(',');
            assertThat(t.header()).containsExactly("nik");
            assertThat(t.next().cells()).containsExactly("1");
        }
    }

    @Test
    void followsRfc4180QuotingAcrossLinesWithCrlf() throws IOException {
        Path f = write("nama,catatan,rt\r\n\"Budi \"\"Bule\"\"\",\"baris satu\r\nbaris dua\",1\r\nSiti,\"\",2\r\nA \"kutip\" B,x , 3\r\n",
                StandardCharsets.UTF_8);
        try (TabularFile t = TabularFiles.open(f, null, FileLimits.DEFAULT)) {
            TabularFile.Row first = t.next();
            assertThat(first.number()).isEqualTo(2);
            assertThat(first.cells()).containsExactly("Budi \"Bule\"", "baris satu\r\nbaris dua", "1");
            TabularFile.Row second = t.next();
            assertThat(second.number()).isEqualTo(4); // the quoted line break took line 3
            assertThat(second.cells()).containsExactly("Siti", "", "2");
            // a quote inside an unquoted field is text; blanks around fields are kept for the checks
            assertThat(t.next().cells()).containsExactly("A \"kutip\" B", "x ", " 3");
            assertThat(t.next()).isNull();
        }
    }

    @Test
    void padsRaggedRowsDropsTrailingEmptyColumnsAndSkipsBlankRows() throws IOException {
        Path f = write("nik,nama,rt,,\n1,Budi\n\n,,,\n2,Siti,3,,,,\n3,Ani,4,,x\n", StandardCharsets.UTF_8);
        try (TabularFile t = TabularFiles.open(f, null, FileLimits.DEFAULT)) {
            assertThat(t.header()).containsExactly("nik", "nama", "rt");
            assertThat(t.next().cells()).containsExactly("1", "Budi", "");
            TabularFile.Row siti = t.next();
            assertThat(siti.number()).isEqualTo(5);
            assertThat(siti.cells()).containsExactly("2", "Siti", "3");
            // a non-empty cell past the header is kept: the pipeline decides what it means
            assertThat(t.next().cells()).containsExactly("3", "Ani", "4", "", "x");
            assertThat(t.next()).isNull();
        }
    }

    @Test
    void malformedQuotingIsReportedWithItsLine() throws IOException {
        Path unterminated = write("nama,alamat\nBudi,Serang\nSiti,\"JL. MAWAR\nAni,Lebak\n", StandardCharsets.UTF_8);
        assertMalformedAt(unterminated, 3);
        Path textAfterQuote = write("nama,alamat\nBudi,Serang\nSiti,Lebak\n\"Ani\"x,Lebak\n", StandardCharsets.UTF_8);
        assertMalformedAt(textAfterQuote, 4);
    }

    @Test
    void aBlankAfterAClosingQuoteIsNoError() throws IOException {
        Path f = write("nama,alamat\n\"Budi\" ,\"Serang\"  \n", StandardCharsets.UTF_8);
        try (TabularFile t = TabularFiles.open(f, null, FileLimits.DEFAULT)) {
            assertThat(t.next().cells()).containsExactly("Budi", "Serang");
        }
    }

    @Test
    void emptyAndHeaderlessFilesAreRefusedAndAHeaderAloneHasNoRows() throws IOException {
        assertProblem(writeBytes(new byte[0]), null, FileLimits.DEFAULT, FileProblem.FILE_EMPTY);
        assertProblem(write("\n\r\n  \n", StandardCharsets.UTF_8), null, FileLimits.DEFAULT, FileProblem.FILE_NO_HEADER);
        assertProblem(write(",,,\n,,\n", StandardCharsets.UTF_8), null, FileLimits.DEFAULT, FileProblem.FILE_NO_HEADER);
        assertProblem(writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), null, FileLimits.DEFAULT,
                FileProblem.FILE_NO_HEADER);
        try (TabularFile t = TabularFiles.open(write("nik;nama", StandardCharsets.UTF_8), null, FileLimits.DEFAULT)) {
            assertThat(t.header()).containsExactly("nik", "nama");
            assertThat(t.next()).isNull();
        }
    }

    @Test
    void refusesFilesLargerThanTheLimit() throws IOException {
        Path f = write("nik\n" + "1\n".repeat(100), StandardCharsets.UTF_8);
        assertProblem(f, null, new FileLimits(100, 10, 1000, 0.01), FileProblem.FILE_TOO_LARGE);
    }

    @Test
    void theRowLimitIsEnforcedWhenTheRowPastItIsRead() throws IOException {
        Path f = write("nik\n1\n\n2\n3\n4\n", StandardCharsets.UTF_8);
        try (TabularFile t = TabularFiles.open(f, null, new FileLimits(1000, 3, 1000, 0.01))) {
            assertThat(t.next().cells()).containsExactly("1");
            assertThat(t.next().cells()).containsExactly("2"); // the blank line does not count
            assertThat(t.next().cells()).containsExactly("3");
            assertThatThrownBy(t::next).isInstanceOfSatisfying(FileProblem.class,
                    p -> assertThat(p.code()).isEqualTo(FileProblem.FILE_TOO_MANY_ROWS));
        }
        try (TabularFile t = TabularFiles.open(f, null, new FileLimits(1000, 4, 1000, 0.01))) {
            int n = 0;
            while (t.next() != null) {
                n++;
            }
            assertThat(n).isEqualTo(4);
        }
    }

    @Test
    void binaryMarkupAndOtherZipsAreUnsupported() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertProblem(writeBytes(png), null, FileLimits.DEFAULT, FileProblem.FILE_FORMAT_UNSUPPORTED);
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertProblem(writeBytes(xls), null, FileLimits.DEFAULT, FileProblem.FILE_FORMAT_UNSUPPORTED);
        assertProblem(write("<html><table><tr><td>nik</td></tr></table></html>", StandardCharsets.UTF_8), null,
                FileLimits.DEFAULT, FileProblem.FILE_FORMAT_UNSUPPORTED);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write("<document/>".getBytes(StandardCharsets.UTF_8));
        }
        assertProblem(writeBytes(zip.toByteArray()), null, FileLimits.DEFAULT, FileProblem.FILE_FORMAT_UNSUPPORTED);
    }

    @Test
    void readsManyRowsAcrossBufferBoundaries() throws IOException {
        StringBuilder s = new StringBuilder("record_id,nama,catatan\n");
        for (int i = 0; i < 30_000; i++) {
            s.append(i).append(",\"Nama ").append(i).append(", S.Pd\",").append("x".repeat(i % 50)).append('\n');
        }
        Path f = write(s.toString(), StandardCharsets.UTF_8);
        List<TabularFile.Row> rows = new ArrayList<>();
        try (TabularFile t = TabularFiles.open(f, null, FileLimits.DEFAULT)) {
            for (TabularFile.Row r = t.next(); r != null; r = t.next()) {
                rows.add(r);
            }
        }
        assertThat(rows).hasSize(30_000);
        assertThat(rows).allSatisfy(r -> {
            int i = Integer.parseInt(r.cells().get(0));
            assertThat(r.number()).isEqualTo(i + 2);
            assertThat(r.cells()).containsExactly(Integer.toString(i), "Nama " + i + ", S.Pd", "x".repeat(i % 50));
        });
    }

    private void assertMalformedAt(Path f, long line) {
        assertThatThrownBy(() -> {
            try (TabularFile t = TabularFiles.open(f, null, FileLimits.DEFAULT)) {
                while (t.next() != null) {
                    // read to the broken record
                }
            }
        }).isInstanceOfSatisfying(FileProblem.class, p -> {
            assertThat(p.code()).isEqualTo(FileProblem.FILE_CSV_MALFORMED);
            assertThat(p.args()).containsExactly(line);
        });
    }

    static void assertProblem(Path f, String encoding, FileLimits limits, String code) {
        assertThatThrownBy(() -> {
            try (TabularFile t = TabularFiles.open(f, encoding, limits)) {
                while (t.next() != null) {
                    // read it all
                }
            }
        }).isInstanceOfSatisfying(FileProblem.class, p -> assertThat(p.code()).isEqualTo(code));
    }

    private Path write(String text, Charset charset) throws IOException {
        return writeBytes(text.getBytes(charset));
    }

    private Path writeBytes(byte[] bytes) throws IOException {
        Path f = Files.createTempFile(dir, "in", ".dat");
        Files.write(f, bytes);
        return f;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
