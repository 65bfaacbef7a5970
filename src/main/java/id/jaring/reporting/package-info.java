/**
 * Reporting: reads across modules, changes nothing. First report: the integration of programmes
 * (issue 5, point 6) per programme and kab/kota: families eligible but not served (exclusion),
 * served but not eligible (inclusion error), and families served by several programmes
 * (complementarity), on screen, over REST and as CSV/XLSX.
 *
 * <p>Public API (this package): {@link id.jaring.reporting.CoverageReport} (counts per kab/kota),
 * {@link id.jaring.reporting.CoverageFamilies} (the families of a category, paged or exported; a
 * read of personal data: needs a role that reads persons, audited once per page or export),
 * {@link id.jaring.reporting.ComplementarityReport} and their records. Every query is limited to
 * the caller's region; an agency operator reaches its own agency's programmes only. Eligibility is
 * the targeting module's SQL for the programme's rule in force; enrolment is read through the
 * enrollment module's {@code kpm_active} view; families and ranks from the registry's and
 * targeting's tables, read-only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package id.jaring.reporting;
