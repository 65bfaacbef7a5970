package id.jaring.targeting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

import id.jaring.access.CurrentUser;
import id.jaring.platform.NotFoundException;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;
import id.jaring.targeting.WelfareRanking;
import id.jaring.targeting.internal.DesilDistribution;
import id.jaring.targeting.internal.NewWeightSet;
import id.jaring.targeting.internal.RankingRuns;
import id.jaring.targeting.internal.TargetingCodes;
import id.jaring.targeting.internal.TargetingGuard;
import id.jaring.targeting.internal.Weight;
import id.jaring.targeting.internal.WeightSet;
import id.jaring.targeting.internal.WeightSets;

/**
 * {@code /targeting/ranking}: the active weight set and its versions, the last runs, the desil
 * distribution per kab/kota in the user's scope; for DATA_STEWARD and ADMIN the "hitung ulang"
 * button, activation and a form that creates a new version from an existing one.
 */
@Controller
class RankingController {

    private static final int RUNS_SHOWN = 10;

    private final WeightSets weightSets;
    private final RankingRuns runs;
    private final DesilDistribution distribution;
    private final WelfareRanking ranking;
    private final TargetingGuard guard;
    private final MessageSource messages;

    RankingController(WeightSets weightSets, RankingRuns runs, DesilDistribution distribution, WelfareRanking ranking,
            TargetingGuard guard, MessageSource messages) {
        this.weightSets = weightSets;
        this.runs = runs;
        this.distribution = distribution;
        this.ranking = ranking;
        this.guard = guard;
        this.messages = messages;
    }

    @GetMapping("/targeting/ranking")
    String page(Model model) {
        CurrentUser user = guard.current();
        model.addAttribute("active", weightSets.active());
        model.addAttribute("versions", weightSets.list());
        model.addAttribute("runs", runs.recent(RUNS_SHOWN));
        model.addAttribute("distribution", distribution.within(user.scope()));
        model.addAttribute("mayManage", TargetingGuard.mayManage(user));
        return "targeting/ranking";
    }

    @PostMapping("/targeting/ranking/run")
    String run(RedirectAttributes redirect, Locale locale) {
        boolean queued = ranking.requestRecompute();
        redirect.addFlashAttribute("flashSuccess", messages.getMessage(
                queued ? "targeting.run.queued" : "targeting.run.joined", null, locale));
        return "redirect:/targeting/ranking";
    }

    @PostMapping("/targeting/ranking/weights/{version}/activate")
    String activate(@PathVariable int version, RedirectAttributes redirect, Locale locale) {
        try {
            weightSets.activate(version);
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("targeting.weights.activated",
                    new Object[] {version}, locale));
        } catch (ValidationFailedException e) {
            redirect.addFlashAttribute("flashError", render(e.violations().get(0), locale));
        }
        return "redirect:/targeting/ranking";
    }

    @GetMapping("/targeting/ranking/weights/{version}")
    String weights(@PathVariable int version, Model model) {
        WeightSet set = weightSets.find(version).orElseThrow(() -> new NotFoundException("weight set"));
        model.addAttribute("set", set);
        model.addAttribute("mayManage", TargetingGuard.mayManage(guard.current()));
        return "targeting/weights";
    }

    @GetMapping("/targeting/ranking/weights/new")
    String newVersion(@RequestParam(required = false) Integer from, Model model) {
        guard.steward();
        WeightSet base = from == null ? weightSets.active()
                : weightSets.find(from).orElseThrow(() -> new NotFoundException("weight set"));
        List<WeightRow> rows = base.weights().stream().map(WeightRow::of).toList();
        return form(model, base.version(), "", rows, Map.of());
    }

    @PostMapping("/targeting/ranking/weights")
    String create(@RequestParam int basedOn, @RequestParam(required = false) String note,
            @RequestParam List<String> variable, @RequestParam List<String> category,
            @RequestParam List<String> band, @RequestParam List<String> points,
            Model model, RedirectAttributes redirect, Locale locale) {
        guard.steward();
        List<WeightRow> rows = new ArrayList<>();
        List<Weight> weights = new ArrayList<>();
        List<Violation> unreadable = new ArrayList<>();
        for (int i = 0; i < variable.size(); i++) {
            WeightRow row = new WeightRow(variable.get(i), at(category, i), at(band, i), at(points, i));
            rows.add(row);
            BigDecimal from = null;
            if (!row.band().isBlank()) {
                from = number(row.band());
                if (from == null) {
                    unreadable.add(Violation.error(TargetingCodes.WEIGHT_BAND_INVALID, "weights[" + i + "].bandFrom", row.variable()));
                }
            }
            BigDecimal value = number(row.points());
            if (value == null) {
                unreadable.add(Violation.error(TargetingCodes.WEIGHT_VALUE_INVALID, "weights[" + i + "].points", row.variable(), 1000));
            }
            weights.add(new Weight(row.variable(), row.category().isBlank() ? null : row.category(), from,
                    value == null ? BigDecimal.ZERO : value));
        }
        try {
            if (!unreadable.isEmpty()) {
                throw new ValidationFailedException(unreadable);
            }
            WeightSet created = weightSets.create(new NewWeightSet(basedOn, note, weights));
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("targeting.weights.created",
                    new Object[] {created.version()}, locale));
            return "redirect:/targeting/ranking/weights/" + created.version();
        } catch (ValidationFailedException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (Violation v : e.violations()) {
                errors.merge(v.field() == null ? "" : v.field(), render(v, locale), (a, b) -> a + " " + b);
            }
            model.addAttribute("flashError", messages.getMessage("targeting.weights.invalid", null, locale));
            return form(model, basedOn, note, rows, errors);
        }
    }

    private String form(Model model, int basedOn, String note, List<WeightRow> rows, Map<String, String> errors) {
        model.addAttribute("basedOn", basedOn);
        model.addAttribute("note", note);
        model.addAttribute("rows", rows);
        model.addAttribute("errors", errors);
        return "targeting/weights-new";
    }

    private String render(Violation v, Locale locale) {
        return messages.getMessage(v.messageKey(), v.args().toArray(), v.code(), locale);
    }

    private static String at(List<String> values, int i) {
        return i < values.size() && values.get(i) != null ? values.get(i).strip() : "";
    }

    /** Accepts a decimal point or, as Indonesians write it, a decimal comma. */
    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
