/**
 * Intake: every agency's files into the one registry. Upload (UI, API, {@code import} command),
 * column mapping, streaming read into a staging table, validation with error codes, a report,
 * and an all-or-nothing commit into the registry with the provenance of every value.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package id.jaring.intake;
