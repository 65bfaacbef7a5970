package id.jaring.enrollment.api;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.jaring.enrollment.readiness.FieldAssessment;
import id.jaring.enrollment.readiness.FieldAssessments;
import id.jaring.enrollment.readiness.FieldFamilyRow;
import id.jaring.enrollment.readiness.KpmFamilies;
import id.jaring.enrollment.readiness.NewFieldAssessment;
import id.jaring.registry.KeysetPage;

/**
 * The pendamping's field assessments over REST: the KPM families in the caller's region, a family's
 * assessment history, and a new assessment (PENDAMPING only; 201). Scope and roles: the services.
 */
@RestController
class FieldAssessmentApi {

    private final KpmFamilies families;
    private final FieldAssessments assessments;

    FieldAssessmentApi(KpmFamilies families, FieldAssessments assessments) {
        this.families = families;
        this.assessments = assessments;
    }

    @GetMapping("/api/v1/graduation/field-families")
    KeysetPage<FieldFamilyRow> families(@RequestParam(required = false) Long after,
            @RequestParam(defaultValue = "50") int size) {
        return families.page(after, size);
    }

    @GetMapping("/api/v1/households/{id}/field-assessments")
    List<FieldAssessment> history(@PathVariable long id) {
        return assessments.history(id);
    }

    /** Body: {@code {assessedOn: "2026-11-20", answers: {LAPANGAN_USAHA: true, ...}, notes?}}. */
    @PostMapping("/api/v1/households/{id}/field-assessments")
    ResponseEntity<FieldAssessment> record(@PathVariable long id, @RequestBody NewFieldAssessment body) {
        FieldAssessment saved = assessments.record(id, body);
        return ResponseEntity.created(URI.create("/api/v1/households/" + id + "/field-assessments")).body(saved);
    }
}
