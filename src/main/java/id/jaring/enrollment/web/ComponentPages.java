package id.jaring.enrollment.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import id.jaring.enrollment.NaturalGraduation;

/**
 * A family's components of a programme with the members who satisfy each, the cap, and whether no
 * component is left (natural graduation). The enrolment page loads it with htmx (the fragment alone);
 * opened directly, it is a page of its own.
 */
@Controller
class ComponentPages {

    private final NaturalGraduation graduation;

    ComponentPages(NaturalGraduation graduation) {
        this.graduation = graduation;
    }

    @GetMapping("/enrolments/{programme}/households/{household}/components")
    String show(@PathVariable String programme, @PathVariable long household,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("fc", graduation.components(programme, household, asOf));
        return htmx == null ? "enrollment/components" : "enrollment/components :: components";
    }
}
