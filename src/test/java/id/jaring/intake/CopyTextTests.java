package id.jaring.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class CopyTextTests {

    /** What COPY must receive: the CSV text as the earlier StringBuilder version built it, in UTF-8. */
    static String reference(String s) {
        return "\"" + s.replace("\"", "\"\"").replace("\0", "") + "\"";
    }

    @Test
    void writesTheSameUtf8AsStringGetBytesForAnyText() {
        Random random = new Random(7);
        char[] alphabet = {'a', 'Z', '0', ' ', ',', '"', '\0', '\n', 'é', 'ñ', 'Ā', '€', '中', '\uD83D', '\uDE00', '\uDC00'};
        for (int round = 0; round < 5_000; round++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                s.append(alphabet[random.nextInt(alphabet.length)]);
            }
            CopyText text = new CopyText();
            text.number(round).text(s.toString()).nullValue().text("").endRow();
            String expected = round + "," + reference(s.toString()) + ",,\"\"\n";
            assertThat(text.bytes()).as("%s", s).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void growsPastItsBufferAndStartsAfreshAfterClear() {
        CopyText text = new CopyText();
        String big = "x".repeat(3 << 20);
        text.text(big).endRow();
        assertThat(text.bytes()).hasSize(big.length() + 3);
        assertThat(text.rows()).isEqualTo(1);
        text.clear();
        text.text("Ö").endRow();
        assertThat(new String(text.bytes(), StandardCharsets.UTF_8)).isEqualTo("\"Ö\"\n");
        assertThat(text.rows()).isEqualTo(1);
    }
}
