package id.jaring.intake.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import id.jaring.intake.file.value.ValueCodes;

class FileLayerMessagesTests {

    @Test
    void everyFileAndValueCodeHasAMessageInBothLanguages() throws Exception {
        List<String> codes = new ArrayList<>(codes(FileProblem.class));
        codes.addAll(codes(ValueCodes.class));
        assertThat(codes).contains("FILE_ZIP_BOMB", "NIK_SCIENTIFIC").hasSizeGreaterThan(20);
        for (String bundle : List.of("messages_id.properties", "messages_en.properties")) {
            Properties p = load(bundle);
            assertThat(codes).allSatisfy(code -> assertThat(p.getProperty("error." + code)).as(bundle + " " + code).isNotBlank());
        }
    }

    private static List<String> codes(Class<?> type) throws IllegalAccessException {
        List<String> codes = new ArrayList<>();
        for (Field f : type.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                codes.add((String) f.get(null));
            }
        }
        return codes;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = FileLayerMessagesTests.class.getClassLoader().getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
