package id.jaring.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Column headings and labels of the exports, in the caller's language. */
@Component
class ReportText {

    private final MessageSource messages;

    ReportText(MessageSource messages) {
        this.messages = messages;
    }

    /** The texts of {@code report.col.<key>} for each key. */
    List<String> columns(Locale locale, String... keys) {
        return Arrays.stream(keys).map(k -> text("report.col." + k, locale)).toList();
    }

    String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
