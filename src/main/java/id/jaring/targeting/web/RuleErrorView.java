package id.jaring.targeting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import id.jaring.platform.Violation;

/**
 * A rule error as the page shows it: the message, and for errors with a position the line of
 * rule text with a caret under the column.
 */
record RuleErrorView(String message, Integer line, Integer column, String source, String caret) {

    static List<RuleErrorView> of(List<Violation> violations, String text, MessageSource messages, Locale locale) {
        String[] lines = text == null ? new String[0] : text.split("\n", -1);
        List<RuleErrorView> views = new ArrayList<>();
        for (Violation v : violations) {
            String message = messages.getMessage(v.messageKey(), v.args().toArray(), v.code(), locale);
            if (v.args().size() >= 2 && v.args().get(0) instanceof Integer line && v.args().get(1) instanceof Integer column
                    && line >= 1 && line <= lines.length) {
                String source = lines[line - 1].replace('\t', ' ').stripTrailing();
                views.add(new RuleErrorView(message, line, column, source, " ".repeat(Math.max(0, column - 1)) + "^"));
            } else {
                views.add(new RuleErrorView(message, null, null, null, null));
            }
        }
        return views;
    }
}
