/**
 * Programmes: the agencies (OPD) that own them, each programme's period, maximum membership
 * duration, cap on components per family, its benefit components with amounts in rupiah, and its
 * quota per kab/kota.
 *
 * <p>Public API (this package): {@link id.jaring.program.Agencies}, {@link id.jaring.program.Programmes},
 * {@link id.jaring.program.ProgrammeComponents}, {@link id.jaring.program.Quotas} (also the slot
 * counter the enrolment module takes a seat from, {@link id.jaring.program.Quotas#takeSeat}), their
 * records, and the codes in {@link id.jaring.program.ProgramCodes}. DATA_STEWARD and ADMIN define
 * agencies and programmes; an OPERATOR_OPD manages the components and quotas of its own agency's
 * programmes; everyone logged in reads. Every change is audited in its transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Program")
package id.jaring.program;
