package id.jaring.enrollment.api;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.jaring.enrollment.FamilyComponents;
import id.jaring.enrollment.GraduationCandidate;
import id.jaring.enrollment.NaturalGraduation;

/** Natural graduation: the KPM with no component left, and one family's components with the reasons. */
@RestController
@RequestMapping("/api/v1/programmes/{code}")
class NaturalGraduationApi {

    private final NaturalGraduation graduation;

    NaturalGraduationApi(NaturalGraduation graduation) {
        this.graduation = graduation;
    }

    /** {@code kabKota} optional (every kab/kota the caller reaches); {@code asOf} optional (today). */
    @GetMapping("/natural-graduation")
    List<GraduationCandidate> candidates(@PathVariable String code, @RequestParam(required = false) String kabKota,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return graduation.candidates(code, kabKota, asOf);
    }

    @GetMapping("/households/{household}/components")
    FamilyComponents components(@PathVariable String code, @PathVariable long household,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return graduation.components(code, household, asOf);
    }
}
