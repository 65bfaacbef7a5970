package id.jaring.enrollment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
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

import id.jaring.enrollment.readiness.FamilyReadiness;
import id.jaring.enrollment.readiness.FamilyReadinessView;
import id.jaring.enrollment.readiness.FieldAssessments;
import id.jaring.enrollment.readiness.KpmFamilies;
import id.jaring.enrollment.readiness.NewFieldAssessment;
import id.jaring.enrollment.readiness.ReadinessCodes;
import id.jaring.enrollment.readiness.ReadinessGuard;
import id.jaring.enrollment.readiness.ReadinessIndicator;
import id.jaring.platform.FieldErrors;
import id.jaring.platform.ValidationFailedException;
import id.jaring.platform.Violation;

/**
 * The pendamping's pages: {@code /graduation/field}, the KPM families of their region with readiness
 * and latest field assessment; {@code /graduation/families/{id}}, one family's readiness explained
 * indicator by indicator, its assessment history and, for a PENDAMPING, the field assessment form.
 */
@Controller
class FieldAssessmentPages {

    static final int PAGE_SIZE = 50;
    static final List<ReadinessIndicator> FIELD_INDICATORS = Arrays.stream(ReadinessIndicator.values())
            .filter(ReadinessIndicator::fromField).toList();

    /** The form as typed: the date, "YA"/"TIDAK" per field indicator, notes. */
    record AssessmentForm(String assessedOn, Map<String, String> answers, String notes) {
    }

    private final KpmFamilies families;
    private final FamilyReadiness readiness;
    private final FieldAssessments assessments;
    private final ReadinessGuard guard;
    private final MessageSource messages;
    private final Clock clock;

    FieldAssessmentPages(KpmFamilies families, FamilyReadiness readiness, FieldAssessments assessments,
            ReadinessGuard guard, MessageSource messages, Clock clock) {
        this.families = families;
        this.readiness = readiness;
        this.assessments = assessments;
        this.guard = guard;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/graduation/field")
    String list(@RequestParam(required = false) Long after, Model model) {
        model.addAttribute("page", families.page(after, PAGE_SIZE));
        model.addAttribute("after", after);
        model.addAttribute("mayAssess", ReadinessGuard.mayAssess(guard.current()));
        return "enrollment/field-families";
    }

    @GetMapping("/graduation/families/{id}")
    String family(@PathVariable long id, Model model) {
        return page(id, model, new AssessmentForm(LocalDate.now(clock).toString(), Map.of(), ""));
    }

    @PostMapping("/graduation/families/{id}/assessments")
    String record(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect, Locale locale) {
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, Boolean> answers = new LinkedHashMap<>();
        for (ReadinessIndicator indicator : FIELD_INDICATORS) {
            String value = params.get("answer_" + indicator.name());
            typed.put(indicator.name(), value);
            answers.put(indicator.name(), "YA".equals(value) ? Boolean.TRUE : "TIDAK".equals(value) ? Boolean.FALSE : null);
        }
        AssessmentForm form = new AssessmentForm(params.getOrDefault("assessedOn", ""), typed, params.get("notes"));
        try {
            assessments.record(id, new NewFieldAssessment(date(form.assessedOn()), answers, form.notes()));
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("fld.saved", null, locale));
            return "redirect:/graduation/families/" + id;
        } catch (ValidationFailedException e) {
            FieldErrors.addTo(model, e.violations());
            return page(id, model, form);
        }
    }

    private String page(long id, Model model, AssessmentForm form) {
        FamilyReadinessView view = readiness.of(id);   // one read of the family, audited once
        model.addAttribute("view", view);
        model.addAttribute("history", view.history());
        model.addAttribute("mayAssess", ReadinessGuard.mayAssess(guard.current()));
        model.addAttribute("fieldIndicators", FIELD_INDICATORS);
        model.addAttribute("form", form);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "enrollment/family-readiness";
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationFailedException(List.of(
                    Violation.error(ReadinessCodes.FIELD_ASSESSMENT_DATE_INVALID, "assessedOn", text.strip())));
        }
    }
}
