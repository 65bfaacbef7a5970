package id.jaring.registry.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import id.jaring.audit.AuditEntry;

/**
 * One audit event as the history page shows it: when (local time), who, what, and each changed
 * field with a readable label ({@code no_kk} reads "No. KK"), before and after.
 */
record HistoryLine(String when, String actor, String action, String entity, String detail, List<Change> changes) {

    record Change(String field, String before, String after) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Newest first. */
    static List<HistoryLine> of(List<AuditEntry> entries, MessageSource messages, Locale locale, ZoneId zone) {
        return newestFirst(entries).stream().map(e -> new HistoryLine(
                WHEN.format(e.occurredAt().atZone(zone)),
                e.actor(),
                messages.getMessage("rw.action." + e.action().name(), null, e.action().name(), locale),
                messages.getMessage("rw.entity." + e.entity().type(), null, e.entity().type(), locale),
                e.detail(),
                e.changes().stream()
                        .map(c -> new Change(label(c.field(), messages, locale), show(c.before()), show(c.after())))
                        .toList()))
                .toList();
    }

    /** A copy in reverse order (Java 17 has no List.reversed()). */
    static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> copy = new java.util.ArrayList<>(oldestFirst);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /** {@code luas_lantai_m2} is labelled like the form's {@code luasLantaiM2}. */
    static String label(String field, MessageSource messages, Locale locale) {
        StringBuilder camel = new StringBuilder();
        boolean up = false;
        for (char c : field.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                camel.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return messages.getMessage("rw.f." + camel, null, field, locale);
    }

    private static String show(Object value) {
        return value == null ? "" : Choices.show(value);
    }
}
