package id.jaring.enrollment.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

import id.jaring.enrollment.FamilyProgrammes;

/**
 * A family's programmes: eligibility with the reasons, and enrolments. The family page loads it with
 * htmx ({@code HX-Request}: the fragment alone); opened directly, it is a page of its own.
 */
@Controller
class FamilyProgrammePages {

    private final FamilyProgrammes familyProgrammes;

    FamilyProgrammePages(FamilyProgrammes familyProgrammes) {
        this.familyProgrammes = familyProgrammes;
    }

    @GetMapping("/households/{id}/programmes")
    String show(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("fp", familyProgrammes.of(id));
        return htmx == null ? "enrollment/family-programmes" : "enrollment/family-programmes :: programmes";
    }
}
