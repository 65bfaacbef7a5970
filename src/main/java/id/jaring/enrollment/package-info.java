/**
 * Enrolment: families proposed for a programme by one user and approved or rejected by another
 * (maker-checker); an approved family is a KPM with a start date, within the programme's quota
 * per kab/kota, which is never exceeded.
 *
 * <p>Public API (this package): {@link id.jaring.enrollment.EnrolmentProposals} (propose, approve,
 * reject), {@link id.jaring.enrollment.Enrolments} (reads: {@code activeOf(householdId)}, pending
 * proposals and KPM lists per programme and kab/kota), the records and the codes in
 * {@link id.jaring.enrollment.EnrolmentCodes}. Proposals and decisions are made by DATA_STEWARD,
 * OPERATOR_OPD (its agency's programmes only) and OPERATOR_KABKOTA (families of its region only);
 * outside the scope answers 404. Every proposal, approval, rejection and refusal is audited.
 * Each enrolment keeps the evidence that justified it ({@code evidence}) and the eligibility result
 * of the programme's rule in force ({@code eligibility_result}); a family the rule does not select is
 * refused (ENROLMENT_NOT_ELIGIBLE). {@link id.jaring.enrollment.WaitingList}: eligible families not
 * yet proposed or enrolled, per programme and kab/kota, poorest first.
 * {@link id.jaring.enrollment.FamilyProgrammes}: one family's eligibility for every running programme
 * with a rule (with the reasons) and all its enrolments, the family read once (one audited READ).
 * {@link id.jaring.enrollment.MembershipClock}: each KPM's start, last day and time left, the lists of
 * families past or near the programme's maximum duration; {@link id.jaring.enrollment.NaturalGraduation}:
 * the KPM with no component left (docs/graduation.md).
 * {@link id.jaring.enrollment.GraduationReadiness}: every KPM's graduation readiness (score and label
 * SIAP / BELUM_SIAP under the active version of the assessment), computed set-based; the versions,
 * the pendamping's field assessments and one family's explanation live in the sub-package
 * {@code readiness} (see docs/graduation.md).
 * The SQL view {@code kpm_active} (the AKTIF enrolments) is what other modules read instead of the
 * table (reporting).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enrollment")
package id.jaring.enrollment;
