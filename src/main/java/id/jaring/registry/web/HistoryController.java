package id.jaring.registry.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.jaring.audit.AuditEntry;
import id.jaring.registry.RegistryHistory;
import id.jaring.registry.RegistryLookup;

/** The change history of a family or a person, newest first, field by field. */
@Controller
class HistoryController {

    private final RegistryHistory history;
    private final RegistryLookup lookup;
    private final MessageSource messages;
    private final ZoneId zone;

    HistoryController(RegistryHistory history, RegistryLookup lookup, MessageSource messages, java.time.Clock clock) {
        this.history = history;
        this.lookup = lookup;
        this.messages = messages;
        this.zone = clock.getZone();
    }

    @GetMapping("/households/{id}/history")
    String household(@PathVariable long id, Model model, Locale locale) {
        List<AuditEntry> entries = history.household(id);
        model.addAttribute("h", lookup.household(id));
        model.addAttribute("entries", HistoryLine.of(entries, messages, locale, zone));
        return "registry/history";
    }

    @GetMapping("/persons/{id}/history")
    String person(@PathVariable long id, Model model, Locale locale) {
        List<AuditEntry> entries = history.person(id);
        model.addAttribute("personId", id);
        model.addAttribute("entries", HistoryLine.of(entries, messages, locale, zone));
        return "registry/history";
    }
}
