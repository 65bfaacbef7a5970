package id.jaring.intake.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which charset a CSV is written in. A byte order mark is conclusive (it is never there by
 * accident, and trusting an operator's wrong choice over it would garble every accent); otherwise
 * the declared charset; otherwise UTF-8 when the whole file is valid UTF-8, else windows-1252
 * (what Excel on Indonesian Windows writes for "CSV (Comma delimited)").
 */
record CsvEncoding(Charset charset, int bomLength) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static CsvEncoding of(Path file, byte[] head, int headLength, String declared) throws IOException {
        CsvEncoding bom = fromByteOrderMark(head, headLength);
        if (bom != null) {
            return bom;
        }
        if (declared != null && !declared.isBlank()) {
            return new CsvEncoding(charset(declared.strip()), 0);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new CsvEncoding(Utf8.isValid(in) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
        }
    }

    static CsvEncoding fromByteOrderMark(byte[] b, int n) {
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new CsvEncoding(StandardCharsets.UTF_8, 3);
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new CsvEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new CsvEncoding(StandardCharsets.UTF_16BE, 2);
        }
        return null;
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new FileProblem(FileProblem.FILE_ENCODING_UNKNOWN, "unknown charset", name);
        }
    }

    /** Strict UTF-8 validation (no overlong forms, no surrogates, nothing past U+10FFFF), streamed. */
    static final class Utf8 {

        private Utf8() {
        }

        static boolean isValid(InputStream in) throws IOException {
            byte[] buf = new byte[1 << 16];
            int carry = 0; // bytes of an incomplete sequence moved to the start of buf
            int n;
            while ((n = in.read(buf, carry, buf.length - carry)) > 0) {
                int end = carry + n;
                int i = 0;
                while (i < end) {
                    int b = buf[i];
                    if (b >= 0) {
                        i++;
                        continue;
                    }
                    int need = sequenceLength(b & 0xFF);
                    if (need == 0) {
                        return false;
                    }
                    if (i + need > end) {
                        break; // finish it with the next read
                    }
                    if (!validSequence(buf, i, need)) {
                        return false;
                    }
                    i += need;
                }
                carry = end - i;
                System.arraycopy(buf, i, buf, 0, carry);
            }
            return carry == 0;
        }

        private static int sequenceLength(int lead) {
            if (lead >= 0xC2 && lead <= 0xDF) {
                return 2;
            }
            if (lead >= 0xE0 && lead <= 0xEF) {
                return 3;
            }
            if (lead >= 0xF0 && lead <= 0xF4) {
                return 4;
            }
            return 0;
        }

        private static boolean validSequence(byte[] b, int i, int need) {
            int lead = b[i] & 0xFF;
            int second = b[i + 1] & 0xFF;
            int low = 0x80;
            int high = 0xBF;
            if (lead == 0xE0) {
                low = 0xA0;
            } else if (lead == 0xED) {
                high = 0x9F;
            } else if (lead == 0xF0) {
                low = 0x90;
            } else if (lead == 0xF4) {
                high = 0x8F;
            }
            if (second < low || second > high) {
                return false;
            }
            for (int k = 2; k < need; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            return true;
        }
    }
}
