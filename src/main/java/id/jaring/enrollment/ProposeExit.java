package id.jaring.enrollment;

/**
 * Proposes the end of a KPM's enrolment.
 *
 * @param reason why (required): for MANDIRI the pendamping's assessment in short
 * @param declaration true when the user records the family's own declaration (MANDIRI, MENGUNDURKAN_DIRI)
 */
public record ProposeExit(ExitKind kind, String reason, boolean declaration) {
}
