package id.jaring.linkage.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small, fast CSV reader for agency files: UTF-8 with or without BOM (Windows-1252 when the bytes
 * are not UTF-8), comma or semicolon (whichever the header has more of), RFC 4180 quotes, values
 * trimmed (FEBRL writes a space after each comma), header names compared case-insensitively.
 */
public final class Csv {

    private final List<String> header;
    private final List<String[]> rows;

    private Csv(List<String> header, List<String[]> rows) {
        this.header = header;
        this.rows = rows;
    }

    public List<String> header() {
        return header;
    }

    public List<String[]> rows() {
        return rows;
    }

    /** Index of a column by case-insensitive name, or -1. */
    public int column(String name) {
        return header.indexOf(name.toLowerCase(Locale.ROOT));
    }

    public static Csv read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(decode(bytes));
    }

    static String decode(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, offset, bytes.length - offset, Charset.forName("windows-1252"));
        }
    }

    public static Csv parse(String text) {
        int headerEnd = text.indexOf('\n');
        String firstLine = headerEnd < 0 ? text : text.substring(0, headerEnd);
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        List<String[]> all = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                i++;
                while (i < n) {
                    char q = text.charAt(i++);
                    if (q == '"') {
                        if (i < n && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(q);
                    }
                }
                continue;
            }
            if (c == delimiter) {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRow(all, fields, field);
            } else {
                field.append(c);
            }
            i++;
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            endRow(all, fields, field);
        }
        if (all.isEmpty()) {
            return new Csv(List.of(), List.of());
        }
        List<String> header = new ArrayList<>();
        for (String h : all.get(0)) {
            header.add(h.toLowerCase(Locale.ROOT));
        }
        return new Csv(List.copyOf(header), all.subList(1, all.size()));
    }

    private static void endRow(List<String[]> all, List<String> fields, StringBuilder field) {
        fields.add(field.toString().trim());
        field.setLength(0);
        if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
            all.add(fields.toArray(String[]::new));
        }
        fields.clear();
    }

    private static int count(String s, char c) {
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                k++;
            }
        }
        return k;
    }
}
