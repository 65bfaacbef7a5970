package id.jaring.program.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.ui.Model;

import id.jaring.platform.Violation;

/** Puts violations into the model, grouped by field, for the pages to show beside each field. */
final class FieldErrors {

    private FieldErrors() {
    }

    static void addTo(Model model, List<Violation> violations) {
        Map<String, List<Violation>> byField = violations.stream()
                .collect(Collectors.groupingBy(v -> v.field() == null ? "" : v.field(), LinkedHashMap::new,
                        Collectors.toList()));
        model.addAttribute("errors", byField);
        model.addAttribute("violations", violations);
    }
}
