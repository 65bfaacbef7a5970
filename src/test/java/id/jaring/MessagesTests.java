package id.jaring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every message exists in Bahasa Indonesia and in English. */
class MessagesTests {

    @Test
    void indonesianAndEnglishHaveTheSameKeys() throws IOException {
        Properties id = load("messages_id.properties");
        Properties en = load("messages_en.properties");
        assertThat(id).isNotEmpty();
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(id.stringPropertyNames());
    }

    @Test
    void noMessageIsBlank() throws IOException {
        for (String bundle : new String[] {"messages_id.properties", "messages_en.properties"}) {
            Properties p = load(bundle);
            assertThat(p.stringPropertyNames()).allSatisfy(k -> assertThat(p.getProperty(k)).as(bundle + " " + k).isNotBlank());
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTests.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
