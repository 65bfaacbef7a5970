package id.jaring.registry;

/**
 * What a merge did: persons created, updated (a golden value changed) or unchanged; households
 * created; memberships created or left out (the family already has another head, or the person
 * lives in another family: the steward's call); attribute conflicts open after the merge among
 * the batch's persons.
 */
public record BatchMergeResult(long newPersons, long updatedPersons, long unchangedPersons, long newHouseholds,
        long newMemberships, long membershipsLeftOut, long conflicts) {
}
