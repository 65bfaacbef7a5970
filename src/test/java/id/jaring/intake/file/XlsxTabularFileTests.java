package id.jaring.intake.file;

import static id.jaring.intake.file.CsvTabularFileTests.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTabularFileTests {

    @TempDir
    Path dir;

    @Test
    void readsTheFirstSheetWrittenByPoiWithNumericNikDatesAndGaps() throws IOException {
        for (boolean sharedStrings : new boolean[] {false, true}) {
            Path f = dir.resolve("poi-" + sharedStrings + ".xlsx");
            try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, false, sharedStrings)) {
                CellStyle date = wb.createCellStyle();
                date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
                Sheet s = wb.createSheet("Penerima");
                Row h = s.createRow(0);
                String[] header = {"NIK", "NAMA", "TGL_LAHIR", "RT", "AKTIF", "SERIAL"};
                for (int i = 0; i < header.length; i++) {
                    h.createCell(i).setCellValue(header[i]);
                }
                h.createCell(27).setCellValue("CATATAN"); // AB
                Row r = s.createRow(1);
                r.createCell(0).setCellValue(3602011205800001d);
                r.createCell(1).setCellValue("Désirée Müller");
                r.createCell(2).setCellValue(LocalDate.of(1980, 5, 12));
                r.getCell(2).setCellStyle(date);
                r.createCell(3).setCellValue(3d); // RT typed as a number
                r.createCell(4).setCellValue(true);
                r.createCell(5).setCellValue(43531d); // a date without a date format stays a number
                r.createCell(27).setCellValue("ujung");
                Row gap = s.createRow(3); // row 3 (index 2) is missing: skipped
                gap.createCell(1).setCellValue("Asep Sunandar Sunarya");
                gap.createCell(3).setCellValue(12.5d);
                wb.createSheet("Lain").createRow(0).createCell(0).setCellValue("ignored");
                try (OutputStream out = Files.newOutputStream(f)) {
                    wb.write(out);
                }
                wb.dispose();
            }
            try (TabularFile t = TabularFiles.open(f, null, FileLimits.DEFAULT)) {
                assertThat(t.facts()).isEqualTo(new TabularFile.FileFacts(TabularFile.Format.XLSX, null, (char) 0, false, false));
                List<String> header = new ArrayList<>(Arrays.asList("NIK", "NAMA", "TGL_LAHIR", "RT", "AKTIF", "SERIAL"));
                while (header.size() < 27) {
                    header.add("");
                }
                header.add("CATATAN");
                assertThat(t.header()).containsExactlyElementsOf(header);
                TabularFile.Row first = t.next();
                assertThat(first.number()).isEqualTo(2);
                assertThat(first.cells().subList(0, 6)).containsExactly("3602011205800001", "Désirée Müller", "1980-05-12", "3", "TRUE", "43531");
                assertThat(first.cells().subList(6, 27)).allMatch(String::isEmpty);
                assertThat(first.cell(27)).isEqualTo("ujung");
                assertThat(first.numericColumns()).containsExactlyInAnyOrder(0, 3, 5);
                assertThat(first.fromNumber(0)).isTrue();
                assertThat(first.fromNumber(2)).isFalse();
                TabularFile.Row second = t.next();
                assertThat(second.number()).isEqualTo(4);
                assertThat(second.cells()).hasSize(28);
                assertThat(second.cells().subList(0, 4)).containsExactly("", "Asep Sunandar Sunarya", "", "12.5");
                assertThat(t.next()).isNull();
            }
        }
    }

    @Test
    void writesNumbersPlainAndKeepsWhatExcelLost() throws IOException {
        Path f = RawXlsx.sheet("""
                <row r="1"><c r="A1" t="inlineStr"><is><t>NIK</t></is></c><c r="B1" t="inlineStr"><is><t>GAJI</t></is></c></row>
                <row r="2"><c r="A2"><v>3.602011205800001E15</v></c><c r="B2" s="3"><v>1500000</v></c></row>
                <row r="3"><c r="A3"><v>3.60201E+15</v></c><c r="B3"><v>0.30000000000000004</v></c></row>
                <row r="4"><c r="A4"><v>1E+2</v></c><c r="B4"><v>-12.50</v></c></row>
                """).write(dir);
        try (TabularFile t = TabularFiles.open(f, null, FileLimits.DEFAULT)) {
            assertThat(t.next().cells()).containsExactly("3602011205800001", "1500000");
            TabularFile.Row lost = t.next();
            assertThat(lost.cells()).containsExactly("3602010000000000", "0.3");
            assertThat(lost.fromNumber(0)).isTrue();
            assertThat(t.next().cells()).containsExactly("100", "-12.5");
        }
    }

    @Test
    void readsDatesInBothDateSystemsFormulasBooleansAndErrors() throws IOException {
        String rows = """
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>
                <row r="2"><c r="A2" s="1"><v>29306</v></c><c r="B2" s="2"><v>43531.5</v></c><c r="C2"><f>A2*2</f><v>58612</v></c><c r="D2" t="str"><f>UPPER("x")</f><v>X</v></c></row>
                <row r="3"><c r="A3" s="1"><v>1</v></c><c r="B3" t="b"><v>0</v></c><c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D3" t="s"><v>4</v></c></row>
                """;
        String strings = """
                <?xml version="1.0" encoding="UTF-8"?>
                <sst xmlns="%s" count="5" uniqueCount="5"><si><t>TGL_LAHIR</t></si><si><t>WAKTU</t></si><si><t>RUMUS</t></si>
                <si><r><t>NAMA</t></r><r><t xml:space="preserve"> IBU</t></r></si><si><t>Siti</t><rPh sb="0" eb="1"><t>SHI</t></rPh></si></sst>"""
                .formatted(RawXlsx.MAIN);
        try (TabularFile t = TabularFiles.open(RawXlsx.sheet(rows).sharedStrings(strings).write(dir), null, FileLimits.DEFAULT)) {
            assertThat(t.facts().date1904()).isFalse();
            assertThat(t.header()).containsExactly("TGL_LAHIR", "WAKTU", "RUMUS", "NAMA IBU");
            TabularFile.Row r2 = t.next();
            assertThat(r2.cells()).containsExactly("1980-03-26", "2019-03-07T12:00", "58612", "X");
            assertThat(r2.numericColumns()).containsExactly(2);
            assertThat(t.next().cells()).containsExactly("1900-01-01", "FALSE", "#DIV/0!", "Siti");
        }
        try (TabularFile t = TabularFiles.open(RawXlsx.sheet(rows).sharedStrings(strings).date1904().write(dir), null,
                FileLimits.DEFAULT)) {
            assertThat(t.facts().date1904()).isTrue();
            assertThat(t.next().cell(0)).isEqualTo("1984-03-27"); // 29306 days after 1904-01-01
            assertThat(t.next().cell(0)).isEqualTo("1904-01-02");
        }
    }

    @Test
    void cellsWithoutReferencesFollowOneAnother() throws IOException {
        Path f = RawXlsx.sheet("""
                <row><c t="inlineStr"><is><t>A</t></is></c><c t="inlineStr"><is><t>B</t></is></c></row>
                <row><c><v>1</v></c><c r="C2"><v>3</v></c></row>
                """).write(dir);
        try (TabularFile t = TabularFiles.open(f, null, FileLimits.DEFAULT)) {
            assertThat(t.header()).containsExactly("A", "B");
            TabularFile.Row r = t.next();
            assertThat(r.number()).isEqualTo(2);
            assertThat(r.cells()).containsExactly("1", "", "3");
        }
    }

    @Test
    void headerOnlyHasNoRowsAndAnEmptySheetHasNoHeader() throws IOException {
        Path headerOnly = RawXlsx.sheet("<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t> nik </t></is></c></row>").write(dir);
        try (TabularFile t = TabularFiles.open(headerOnly, null, FileLimits.DEFAULT)) {
            assertThat(t.header()).containsExactly("", "nik");
            assertThat(t.next()).isNull();
        }
        assertProblem(RawXlsx.sheet("").write(dir), null, FileLimits.DEFAULT, FileProblem.FILE_NO_HEADER);
        assertProblem(RawXlsx.sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t> </t></is></c></row>").write(dir), null,
                FileLimits.DEFAULT, FileProblem.FILE_NO_HEADER);
    }

    @Test
    void theRowLimitHoldsForWorkbooksToo() throws IOException {
        StringBuilder rows = new StringBuilder("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>n</t></is></c></row>");
        for (int i = 2; i <= 12; i++) {
            rows.append("<row r=\"").append(i).append("\"><c r=\"A").append(i).append("\"><v>").append(i).append("</v></c></row>");
        }
        Path f = RawXlsx.sheet(rows.toString()).write(dir);
        assertProblem(f, null, new FileLimits(1 << 20, 10, 1 << 20, 0.01), FileProblem.FILE_TOO_MANY_ROWS);
        try (TabularFile t = TabularFiles.open(f, null, new FileLimits(1 << 20, 11, 1 << 20, 0.01))) {
            int n = 0;
            while (t.next() != null) {
                n++;
            }
            assertThat(n).isEqualTo(11);
        }
    }

    @Test
    void aTruncatedWorkbookIsCorrupt() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 2000; i++) {
            rows.append("<row r=\"").append(i).append("\"><c r=\"A").append(i).append("\" t=\"inlineStr\"><is><t>nama ")
                    .append(i).append("</t></is></c></row>");
        }
        byte[] whole = Files.readAllBytes(RawXlsx.sheet(rows.toString()).write(dir));
        for (int cut : new int[] {whole.length - 10, whole.length / 2, 30}) {
            Path f = dir.resolve("cut-" + cut + ".xlsx");
            Files.write(f, Arrays.copyOf(whole, cut));
            assertProblem(f, null, FileLimits.DEFAULT, FileProblem.FILE_CORRUPT);
        }
    }

    @Test
    void aSheetThatIsNotXmlIsCorrupt() throws IOException {
        Path f = RawXlsx.rawSheet("<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>x</t></is></c></row><row").write(dir);
        assertProblem(f, null, FileLimits.DEFAULT, FileProblem.FILE_CORRUPT);
    }

    @Test
    void aZipBombIsRefusedBeforeItInflates() throws IOException {
        Path f = dir.resolve("bomb.xlsx");
        try (OutputStream out = Files.newOutputStream(f)) {
            RawXlsx.writeZipBomb(out, "", 1, 200); // 200 MB of '0'
        }
        assertThat(Files.size(f)).isLessThan(1 << 20);
        assertProblem(f, null, FileLimits.DEFAULT, FileProblem.FILE_ZIP_BOMB);
        // within the ratio, but beyond the total the limits allow
        assertProblem(f, null, new FileLimits(1 << 30, 1000, 10 << 20, 0.0001), FileProblem.FILE_ZIP_BOMB);
    }

    @Test
    void aDoctypeWithAnExternalEntityIsRefusedWithoutReadingTheEntity() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "RAHASIA-NEGARA");
        String sheet = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "%s">]>
                <worksheet xmlns="%s"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>
                <row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>"""
                .formatted(secret.toUri(), RawXlsx.MAIN);
        assertRefusedUnread(RawXlsx.rawSheet(sheet).write(dir));
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE sst [<!ENTITY a "RAHASIA-NEGARA"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
                <sst xmlns="%s"><si><t>&c;</t></si></sst>""".formatted(RawXlsx.MAIN);
        assertRefusedUnread(RawXlsx.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>").sharedStrings(laughs).write(dir));
    }

    private static void assertRefusedUnread(Path f) {
        assertThatThrownBy(() -> {
            try (TabularFile t = TabularFiles.open(f, null, FileLimits.DEFAULT)) {
                List<String> seen = new ArrayList<>(t.header());
                for (TabularFile.Row r = t.next(); r != null; r = t.next()) {
                    seen.addAll(r.cells());
                }
                throw new AssertionError("read without complaint: " + seen);
            }
        }).isInstanceOfSatisfying(FileProblem.class, p -> {
            assertThat(p.code()).isEqualTo(FileProblem.FILE_XML_UNSAFE);
            for (Throwable t = p; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain("RAHASIA-NEGARA");
            }
        });
    }
}
