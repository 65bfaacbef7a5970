package id.jaring.enrollment.readiness;

import java.time.LocalDate;
import java.util.Map;

/** What the pendamping fills in: the day of the visit, a yes/no answer per field indicator, notes. */
public record NewFieldAssessment(LocalDate assessedOn, Map<String, Boolean> answers, String notes) {
}
