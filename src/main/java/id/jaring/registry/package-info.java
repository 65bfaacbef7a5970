/**
 * The registry: families (KK, {@code household}) and people (NIK, {@code person}) and who lives
 * with whom over time ({@code household_member}), the golden records of Jaring.
 *
 * <p>Public API (this package): {@link id.jaring.registry.HouseholdRegistration},
 * {@link id.jaring.registry.HouseholdEditing}, {@link id.jaring.registry.PersonEditing},
 * {@link id.jaring.registry.RegistryLookup}, {@link id.jaring.registry.RegistrySearch},
 * {@link id.jaring.registry.RegionStatistics}, {@link id.jaring.registry.RegistryHistory},
 * {@link id.jaring.registry.RegistryBulkLoad}, their command and view records, and the error
 * codes in {@link id.jaring.registry.RegistryCodes}. Every service checks the caller's role and
 * scope itself (SQL WHERE on the scope's region), and audits every change in the same
 * transaction. See notes/registry-api.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package id.jaring.registry;
