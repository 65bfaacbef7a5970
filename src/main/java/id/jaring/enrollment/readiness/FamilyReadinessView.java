package id.jaring.enrollment.readiness;

import java.util.List;

/**
 * A family's readiness explained now (Java, the active version, its latest field assessment) beside
 * what the last computation stored for each of its KPM enrolments, and every field assessment of the
 * family, newest first.
 */
public record FamilyReadinessView(KpmFamily family, ReadinessExplanation explanation, FieldAssessment latestAssessment,
        List<KpmReadiness> stored, List<FieldAssessment> history) {
}
