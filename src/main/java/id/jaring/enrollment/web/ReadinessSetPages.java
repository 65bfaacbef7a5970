package id.jaring.enrollment.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.jaring.enrollment.readiness.IndicatorWeight;
import id.jaring.enrollment.readiness.NewReadinessSet;
import id.jaring.enrollment.readiness.ReadinessCodes;
import id.jaring.enrollment.readiness.ReadinessGuard;
import id.jaring.enrollment.readiness.ReadinessIndicator;
import id.jaring.enrollment.readiness.ReadinessSet;
import id.jaring.enrollment.readiness.ReadinessSets;
import id.jaring.enrollment.readiness.ReadinessVersioning;
import id.jaring.platform.FieldErrors;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;

/**
 * The versions of the readiness assessment: one version's indicators (everyone), and for
 * DATA_STEWARD and ADMIN a form that creates a new version from an existing one (weights,
 * thresholds, required, the score from which a KPM is SIAP; decimal comma accepted) and activation.
 */
@Controller
class ReadinessSetPages {

    private final ReadinessSets sets;
    private final ReadinessVersioning versioning;
    private final ReadinessGuard guard;
    private final MessageSource messages;

    ReadinessSetPages(ReadinessSets sets, ReadinessVersioning versioning, ReadinessGuard guard, MessageSource messages) {
        this.sets = sets;
        this.versioning = versioning;
        this.guard = guard;
        this.messages = messages;
    }

    @GetMapping("/graduation/readiness/sets/{version}")
    String show(@PathVariable int version, Model model) {
        model.addAttribute("set", sets.find(version).orElseThrow(() -> new NotFoundException("readiness set")));
        model.addAttribute("mayManage", ReadinessGuard.mayManage(guard.current()));
        return "enrollment/readiness-set";
    }

    @GetMapping("/graduation/readiness/sets/new")
    String newVersion(@RequestParam(required = false) Integer from, Model model) {
        guard.steward();
        ReadinessSet base = from == null ? sets.active()
                : sets.find(from).orElseThrow(() -> new NotFoundException("readiness set"));
        List<WeightRow> rows = base.indicators().stream().map(WeightRow::of).toList();
        return form(model, base.version(), "", plain(base.readyFrom()), rows);
    }

    @PostMapping("/graduation/readiness/sets")
    String create(@RequestParam int basedOn, @RequestParam(required = false) String note,
            @RequestParam(required = false) String readyFrom, @RequestParam List<String> indicator,
            @RequestParam List<String> weight, @RequestParam List<String> threshold,
            @RequestParam(required = false) List<String> required, Model model, RedirectAttributes redirect, Locale locale) {
        guard.steward();
        List<WeightRow> rows = new ArrayList<>();
        List<IndicatorWeight> weights = new ArrayList<>();
        List<Violation> unreadable = new ArrayList<>();
        for (int i = 0; i < indicator.size(); i++) {
            WeightRow row = new WeightRow(indicator.get(i), at(weight, i), at(threshold, i),
                    required != null && required.contains(indicator.get(i)));
            rows.add(row);
            BigDecimal w = Numbers.parse(row.weight());
            BigDecimal t = row.threshold().isBlank() ? null : Numbers.parse(row.threshold());
            if (w == null) {
                unreadable.add(Violation.error(ReadinessCodes.READINESS_WEIGHT_INVALID, "indicators[" + i + "].weight", row.indicator()));
            }
            if (!row.threshold().isBlank() && t == null) {
                unreadable.add(Violation.error(ReadinessCodes.READINESS_THRESHOLD_INVALID, "indicators[" + i + "].threshold",
                        row.indicator()));
            }
            weights.add(new IndicatorWeight(row.indicator(), w == null ? BigDecimal.ZERO : w, t, row.required()));
        }
        BigDecimal ready = readyFrom == null ? null : Numbers.parse(readyFrom);
        try {
            if (!unreadable.isEmpty()) {
                throw new ValidationFailedException(unreadable);
            }
            ReadinessSet created = versioning.create(new NewReadinessSet(basedOn, note, ready, weights));
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("rdy.set.created",
                    new Object[] {created.version()}, locale));
            return "redirect:/graduation/readiness/sets/" + created.version();
        } catch (ValidationFailedException e) {
            FieldErrors.addTo(model, e.violations());
            model.addAttribute("flashError", messages.getMessage("rdy.set.invalid", null, locale));
            return form(model, basedOn, note, readyFrom, rows);
        }
    }

    @PostMapping("/graduation/readiness/sets/{version}/activate")
    String activate(@PathVariable int version, RedirectAttributes redirect, Locale locale) {
        try {
            versioning.activate(version);
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("rdy.set.activated", new Object[] {version}, locale));
        } catch (ValidationFailedException e) {
            Violation v = e.violations().get(0);
            redirect.addFlashAttribute("flashError", messages.getMessage(v.messageKey(), v.args().toArray(), locale));
        }
        return "redirect:/graduation/readiness";
    }

    private String form(Model model, int basedOn, String note, String readyFrom, List<WeightRow> rows) {
        model.addAttribute("basedOn", basedOn);
        model.addAttribute("note", note);
        model.addAttribute("readyFrom", readyFrom);
        model.addAttribute("rows", rows);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "enrollment/readiness-set-new";
    }

    private static String at(List<String> values, int i) {
        return i < values.size() && values.get(i) != null ? values.get(i).strip() : "";
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    /** One line of the form, as typed. */
    record WeightRow(String indicator, String weight, String threshold, boolean required) {

        static WeightRow of(IndicatorWeight w) {
            return new WeightRow(w.indicator(), plain(w.weight()), plain(w.threshold()), w.required());
        }

        public boolean usesThreshold() {
            return ReadinessIndicator.of(indicator).map(ReadinessIndicator::usesThreshold).orElse(false);
        }
    }
}
