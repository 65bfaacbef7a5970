package id.jaring.intake;

import static id.jaring.intake.IntakeFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The pipeline end to end on files as Excel and old Windows tools write them. */
@SpringBootTest
class IntakeFileFormsTests {

    @Autowired IntakeBatches intake;
    @Autowired JdbcClient jdbc;

    BatchView imported(byte[] content, String name) {
        BatchView uploaded = steward(() -> intake.upload(new ByteArrayInputStream(content), name, agency(), null)).batch();
        return steward(() -> intake.awaitIdle(uploaded.id()));
    }

    @Test
    void xlsxWithNumericNikCellsAndExcelDates() throws IOException {
        LocalDate born = LocalDate.of(1979, 8, 21);
        String nik = nik(born, false);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("data");
            String[] header = {"nik", "nama", "jenis_kelamin", "tanggal_lahir", "kode_wilayah", "rt"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue(Double.parseDouble(nik));        // Excel turned the NIK into a number
            r.createCell(1).setCellValue("Ujang Excel");
            r.createCell(2).setCellValue("L");
            var date = r.createCell(3);
            date.setCellValue(born);
            var style = book.createCellStyle();
            style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            date.setCellStyle(style);
            r.createCell(4).setCellValue(3602012002d);                   // region code as a number
            r.createCell(5).setCellValue(4);                             // RT 4 as a number: "004"
            book.write(bytes);
        }
        BatchView batch = imported(bytes.toByteArray(), "excel.xlsx");
        assertThat(batch.format()).isEqualTo("XLSX");
        assertThat(batch.status()).isEqualTo(BatchStatus.VALIDATED);
        var row = jdbc.sql("select nik, tanggal_lahir, kode_wilayah, rt from import_person_row where batch_id = :b")
                .param("b", batch.id()).query().singleRow();
        assertThat(row).containsEntry("tanggal_lahir", "1979-08-21").containsEntry("kode_wilayah", "36.02.01.2002")
                .containsEntry("rt", "004");
        // the leading digits survive; a NIK held as a number is flagged when Excel may have rounded it
        assertThat((String) row.get("nik")).isEqualTo(nik);
        if (nik.endsWith("0")) {
            assertThat(steward(() -> intake.issues(batch.id(), null, 10)).items()).extracting(IssueView::code)
                    .contains("NIK_NUMBER_ROUNDED");
        }
    }

    @Test
    void windows1252NamesWithAccentsAndSemicolons() {
        String text = "nama;jenis_kelamin;kode_wilayah;tempat_lahir\nJosé Ñoño;L;3602012002;Pandeglang\n";
        BatchView batch = imported(text.getBytes(Charset.forName("windows-1252")), "ansi.csv");
        assertThat(batch.encoding()).isEqualToIgnoringCase("windows-1252");
        assertThat(batch.status()).isEqualTo(BatchStatus.VALIDATED);
        assertThat(jdbc.sql("select nama from import_person_row where batch_id = :b").param("b", batch.id())
                .query(String.class).single()).isEqualTo("José Ñoño");
    }

    @Test
    void aWrongHeaderWaitsForAMappingAndATruncatedXlsxFails() {
        BatchView wrong = steward(() -> intake.upload(bytes("a,b,c\n1,2,3\n"), "wrong.csv", agency(), null)).batch();
        assertThat(wrong.status()).isEqualTo(BatchStatus.UPLOADED);
        assertThat(steward(() -> intake.mapping(wrong.id()))).containsOnlyKeys("a", "b", "c").containsValues("");

        byte[] truncated = java.util.Arrays.copyOf(minimalXlsx(), 300);
        String agency = agency();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> steward(() ->
                        intake.upload(new ByteArrayInputStream(truncated), "cut.xlsx", agency, null)))
                .isInstanceOfSatisfying(id.jaring.intake.file.FileProblem.class,
                        e -> assertThat(e.code()).isIn("FILE_CORRUPT", "FILE_FORMAT_UNSUPPORTED"));
        assertThat(jdbc.sql("select status from import_batch where agency_code = :a").param("a", agency)
                .query(String.class).single()).isEqualTo("FAILED");
    }

    private static byte[] minimalXlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("x").createRow(0).createCell(0).setCellValue("nama");
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
