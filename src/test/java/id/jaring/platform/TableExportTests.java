package id.jaring.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** CSV and XLSX exports: quoting, formula neutralisation, numeric cells, empty cells. */
class TableExportTests {

    @Test
    void csvQuotesAndNeutralisesFormulas() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableExport t = TableExport.open(TableExport.Format.CSV, "x", out, List.of("a", "b", "c", "d"))) {
            t.row("=1+1", "koma, dan \"kutip\"", null, new BigDecimal("33.3"));
            assertThat(t.rows()).isEqualTo(1);
        }
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFa,b,c,d\r\n'=1+1,\"koma, dan \"\"kutip\"\"\",,33.3\r\n");
    }

    @Test
    void xlsxWritesNumbersAsNumbersAndClosingTwiceIsHarmless() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport t = TableExport.open(TableExport.Format.XLSX, "lembar", out, List.of("kode", "jumlah"));
        t.row("@SUM(A1)", 7L);
        t.row(null, new BigDecimal("12.5"));
        t.close();
        int size = out.size();
        t.close();
        assertThat(out.size()).isEqualTo(size);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheetName(0)).isEqualTo("lembar");
            Row first = book.getSheetAt(0).getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("'@SUM(A1)");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(7.0);
            Row second = book.getSheetAt(0).getRow(2);
            assertThat(second.getCell(0)).isNull();
            assertThat(second.getCell(1).getNumericCellValue()).isEqualTo(12.5);
        }
    }

    @Test
    void knowsTwoFormatsOnly() {
        assertThat(TableExport.Format.of("XLSX")).isEqualTo(TableExport.Format.XLSX);
        assertThat(TableExport.Format.of("csv").contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThatThrownBy(() -> TableExport.Format.of("pdf")).isInstanceOf(NotFoundException.class);
    }
}
