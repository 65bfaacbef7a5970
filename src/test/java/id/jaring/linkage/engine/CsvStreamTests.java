package id.jaring.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvStreamTests {

    private static List<List<String>> rows(byte[] bytes) {
        List<List<String>> rows = new ArrayList<>();
        try (CsvStream csv = CsvStream.of(new ByteArrayInputStream(bytes))) {
            rows.add(csv.header());
            while (csv.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 0; i < csv.size(); i++) {
                    row.add(csv.get(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void semicolonsBomQuotesCrLfAndBlankLines() {
        byte[] text = "\uFEFFRECORD_ID;NAMA;ALAMAT\r\n1; Siti Aminah ;\"KP. A; RT 1\"\r\n\r\n2;\"St. \"\"Ami\"\"\";\n3;x"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(rows(text)).containsExactly(List.of("record_id", "nama", "alamat"),
                List.of("1", "Siti Aminah", "KP. A; RT 1"), List.of("2", "St. \"Ami\"", ""), List.of("3", "x"));
    }

    @Test
    void utf8AndWindows1252ValuesAndMissingColumns() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("id,nama,alamat\n1,Andr\u00e9,x\n".getBytes(StandardCharsets.UTF_8));
        out.write("2,Jos\u00e9\n".getBytes(Charset.forName("windows-1252")));
        try (CsvStream csv = CsvStream.of(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(csv.column("NAMA")).isEqualTo(1);
            assertThat(csv.next()).isTrue();
            assertThat(csv.get(1)).isEqualTo("Andr\u00e9");
            assertThat(csv.next()).isTrue();
            assertThat(csv.get(1)).isEqualTo("Jos\u00e9");
            assertThat(csv.get(2)).isNull();
            assertThat(csv.isEmpty(2)).isTrue();
            assertThat(csv.next()).isFalse();
        }
    }

    @Test
    void rowsLongerThanTheReadBuffer() {
        String big = "A".repeat(3 << 20);
        byte[] text = ("a,b\n" + big + ",2\n1,2\n").getBytes(StandardCharsets.US_ASCII);
        List<List<String>> rows = rows(text);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).get(0)).hasSize(3 << 20);
        assertThat(rows.get(2)).containsExactly("1", "2");
    }
}
