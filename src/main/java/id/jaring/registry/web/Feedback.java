package id.jaring.registry.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import id.jaring.platform.Violation;
import id.jaring.registry.RegistryCodes;

/**
 * The errors and warnings of one form submission, as messages in the user's language, keyed by
 * the form's input names. The services name fields after their commands
 * ({@code members[0].person.nik}, {@code household.welfare.rt}); the forms flatten the
 * {@code person}, {@code newPerson} and {@code welfare} levels ({@code members[0].nik}).
 */
final class Feedback {

    static final Feedback NONE = new Feedback(List.of(), List.of());

    private final Map<String, List<String>> errors = new LinkedHashMap<>();
    private final Map<String, List<String>> warnings = new LinkedHashMap<>();
    private final List<String> all = new ArrayList<>();
    private final boolean unconfirmed;

    private Feedback(List<Violation> violations, List<String> messages) {
        for (int i = 0; i < violations.size(); i++) {
            Violation v = violations.get(i);
            String field = formField(v.field());
            (v.isError() ? errors : warnings).computeIfAbsent(field, k -> new ArrayList<>()).add(messages.get(i));
            if (!RegistryCodes.WARNINGS_UNCONFIRMED.equals(v.code())) {
                all.add(messages.get(i));
            }
        }
        this.unconfirmed = violations.stream().anyMatch(v -> RegistryCodes.WARNINGS_UNCONFIRMED.equals(v.code()));
    }

    static Feedback of(List<Violation> violations, MessageSource messages, Locale locale) {
        return new Feedback(violations, violations.stream().map(v -> message(v, messages, locale)).toList());
    }

    /** A violation's message; a REQUIRED field's name argument becomes its label. */
    static String message(Violation v, MessageSource messages, Locale locale) {
        Object[] args = v.args().stream()
                .map(a -> a instanceof String s && RegistryCodes.REQUIRED.equals(v.code())
                        ? messages.getMessage("rw.f." + s, null, s, locale) : a)
                .toArray();
        return messages.getMessage(v.messageKey(), args, v.code(), locale);
    }

    /**
     * The form input a service field is shown at: {@code members[0].person.nik} at
     * {@code members[0].nik}, {@code household.welfare.rt} at {@code household.rt}; a leading
     * {@code person.}/{@code newPerson.} stays (the edit and add-member forms nest the person).
     */
    static String formField(String serviceField) {
        if (serviceField == null) {
            return "";
        }
        if (serviceField.equals("existingPersonId")) {
            return "existingNik";
        }
        String[] parts = serviceField.split("\\.");
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            boolean memberPerson = parts[i].equals("person") && i > 0 && parts[i - 1].startsWith("members[");
            if (!memberPerson && !parts[i].equals("welfare")) {
                kept.add(parts[i]);
            }
        }
        return String.join(".", kept);
    }

    public List<String> errors(String field) {
        return errors.getOrDefault(field, List.of());
    }

    public List<String> warnings(String field) {
        return warnings.getOrDefault(field, List.of());
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    /** Every message, for the summary at the top of the form. */
    public List<String> all() {
        return all;
    }

    public boolean hasErrors() {
        return errors.keySet().stream().anyMatch(k -> !k.equals("confirmWarnings"));
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }

    /** Only warnings stood in the way: offer "save anyway". */
    public boolean needsConfirmation() {
        return unconfirmed || (hasWarnings() && !hasErrors());
    }
}
