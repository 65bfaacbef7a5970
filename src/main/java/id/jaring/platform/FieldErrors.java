package id.jaring.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.ui.Model;

/**
 * Puts a form's violations into the page model for the templates: {@code errors} grouped by field
 * (shown beside each input), {@code violations} in order (shown at the top).
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void addTo(Model model, List<Violation> violations) {
        Map<String, List<Violation>> byField = violations.stream()
                .collect(Collectors.groupingBy(v -> v.field() == null ? "" : v.field(), LinkedHashMap::new,
                        Collectors.toList()));
        model.addAttribute("errors", byField);
        model.addAttribute("violations", violations);
    }
}
