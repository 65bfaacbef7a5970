package id.jaring.enrollment.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import id.jaring.enrollment.FamilyProgrammes;
import id.jaring.enrollment.FamilyProgrammesView;

/**
 * A family's programmes: per programme running today with a rule, eligible or not with the condition
 * tree; every enrolment with the owner agency. Audited as one READ of the household; 404 outside the
 * caller's region, 403 for a role that may not read persons.
 */
@RestController
class FamilyProgrammesApi {

    private final FamilyProgrammes familyProgrammes;

    FamilyProgrammesApi(FamilyProgrammes familyProgrammes) {
        this.familyProgrammes = familyProgrammes;
    }

    @GetMapping("/api/v1/households/{id}/programmes")
    FamilyProgrammesView of(@PathVariable long id) {
        return familyProgrammes.of(id);
    }
}
