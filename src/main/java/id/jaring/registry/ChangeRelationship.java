package id.jaring.registry;

/**
 * Corrects or changes a current member's relationship to the head, e.g. to appoint a new
 * KEPALA KELUARGA after the old one has been given another relationship, moved out or died.
 */
public record ChangeRelationship(long householdId, long personId, Relationship hubungan) {
}
