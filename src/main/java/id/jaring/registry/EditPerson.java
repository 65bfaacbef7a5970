package id.jaring.registry;

/**
 * Changes a person's data. Recording a date of death here also ends their current membership
 * (reason MENINGGAL) in the same transaction.
 *
 * @param version the version the operator saw; a stale one fails with CONCURRENT_MODIFICATION
 */
public record EditPerson(long personId, long version, PersonData person, boolean confirmWarnings) {
}
